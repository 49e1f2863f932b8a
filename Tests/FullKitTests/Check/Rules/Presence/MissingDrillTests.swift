import FullKit
import Testing

@testable import FullKitCheck

/// MISSING_DRILL: a board with holes has drill data (a drill map is not drill data).
@Suite("MISSING_DRILL")
struct MissingDrillTests {
    @Test("copper with a via pad (X2 ViaPad) and no drill file; a drill map beside it is named as not drill data")
    func missing() {
        var pack = FixturePack()
        pack["mini-PTH.drl"] = nil
        #expect(pack.findings(MissingDrill()).map(\.message) == ["no NC drill file"])
        pack["mini-PTH-drl_map.gbr"] = MiniBoard.layer("Drillmap", MiniBoard.via)
        #expect(
            pack.findings(MissingDrill()).map(\.message) == [
                "no NC drill file (mini-PTH-drl_map.gbr is a drill map, not drill data)"
            ])
    }

    @Test("copper whose X2 aperture functions show neither via nor through-hole pads needs no drill file")
    func noHoles() {
        var pack = FixturePack()
        pack["mini-PTH.drl"] = nil
        pack["mini-F_Cu.gbr"] = MiniBoard.layer("Copper,L1,Top", MiniBoard.pads)
        pack["mini-B_Cu.gbr"] = MiniBoard.layer(
            "Copper,L2,Bot",
            "%TA.AperFunction,Conductor*%\n%ADD11C,0.250000*%\n%TD*%\nD11*\nX1000000Y1000000D02*\nX2000000Y1000000D01*")
        #expect(pack.findings(MissingDrill()).isEmpty)
    }
}
