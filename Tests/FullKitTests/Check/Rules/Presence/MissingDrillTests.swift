import FullKit
import Testing

@testable import FullKitCheck

/// MISSING_DRILL: a board with holes has drill data (a drill map is not drill data); copper with plated features
/// (vias, through-hole pads) has plated drill data with holes.
@Suite("MISSING_DRILL")
struct MissingDrillTests {
    /// A non-plated drill file with one hole at (2, 2) mm.
    static let nonPlatedDrill = MiniBoard.platedDrill.replacing("Plated,1,2,PTH", with: "NonPlated,1,2,NPTH")
        .replacing("X5.0Y5.0", with: "X2.0Y2.0")

    /// A plated drill file with its header and no hole.
    static let emptyPlatedDrill = MiniBoard.platedDrill.replacing("T1\nX5.0Y5.0\n", with: "")

    /// A Gerber header without X2 attributes, as older CAD tools write it.
    static let plainHeader = "%FSLAX46Y46*%\n%MOMM*%\nG01*\n"

    @Test("copper with a via pad (X2 ViaPad) and no drill file; a drill map beside it is named as not drill data")
    func missing() {
        var pack = FixturePack()
        pack["mini-PTH.drl"] = nil
        let evidence = "; the copper has 2 copper flashes X2 marks as vias or through-hole pads (ViaPad, ComponentPad)"
        #expect(pack.findings(MissingDrill()).map(\.message) == ["no NC drill file" + evidence])
        pack["mini-PTH-drl_map.gbr"] = MiniBoard.layer("Drillmap", MiniBoard.via)
        #expect(
            pack.findings(MissingDrill()).map(\.message) == [
                "no NC drill file (mini-PTH-drl_map.gbr is a drill map, not drill data)" + evidence
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

    @Test("vias with only the non-plated drill file: the NPTH file cannot make them (it used to count as drill data)")
    func onlyNonPlated() throws {
        var pack = FixturePack()
        pack["mini-PTH.drl"] = nil
        pack["mini-NPTH.drl"] = Self.nonPlatedDrill
        let finding = try #require(pack.findings(MissingDrill()).first)
        #expect(finding.message.hasPrefix("no plated drill data: the copper has 2 copper flashes X2 marks as vias"))
        #expect(finding.message.hasSuffix("the drill files are mini-NPTH.drl (non-plated, 1 hole)"))
        #expect(finding.file == "mini-NPTH.drl")
    }

    @Test("vias with a plated drill file that has a header and no hole")
    func emptyPlated() throws {
        var pack = FixturePack()
        pack["mini-PTH.drl"] = Self.emptyPlatedDrill
        let finding = try #require(pack.findings(MissingDrill()).first)
        #expect(finding.message.hasSuffix("the drill files are mini-PTH.drl (plated, 0 holes)"))
    }

    @Test("without X2, a flash at the same point on both outer layers is a plated feature (a via's two lands)")
    func geometry() throws {
        var pack = FixturePack()
        let via = "%ADD12C,0.600000*%\nD12*\nX5000000Y5000000D03*"
        pack["mini-F_Cu.gbr"] = MiniBoard.layer(
            "", via + "\n%ADD10R,0.9X0.95*%\nD10*\nX9000000Y10000000D03*",
            header: Self.plainHeader)
        pack["mini-B_Cu.gbr"] = MiniBoard.layer("", via, header: Self.plainHeader)
        pack["mini-PTH.drl"] = nil
        pack["mini-NPTH.drl"] = Self.nonPlatedDrill
        let finding = try #require(pack.findings(MissingDrill()).first)
        #expect(
            finding.message.contains(
                "the copper has 1 flash at the same point on both outer copper layers (mini-F_Cu.gbr, mini-B_Cu.gbr)"))
        pack["mini-PTH.drl"] = MiniBoard.platedDrill
        #expect(pack.findings(MissingDrill()).isEmpty, "the plated file with its hole makes the via")
    }

    @Test("SMD pads on one side only, no via: a non-plated drill file (mounting holes) is all the board needs")
    func surfaceMountOnly() {
        var pack = FixturePack()
        pack["mini-F_Cu.gbr"] = MiniBoard.layer(
            "", "%ADD10R,0.9X0.95*%\nD10*\nX9000000Y10000000D03*",
            header: Self.plainHeader)
        pack["mini-B_Cu.gbr"] = MiniBoard.layer(
            "", "%ADD11C,0.25*%\nD11*\nX1000000Y1000000D02*\nX2000000Y1000000D01*",
            header: Self.plainHeader)
        pack["mini-PTH.drl"] = nil
        pack["mini-NPTH.drl"] = Self.nonPlatedDrill
        #expect(pack.findings(MissingDrill()).isEmpty)
    }
}
