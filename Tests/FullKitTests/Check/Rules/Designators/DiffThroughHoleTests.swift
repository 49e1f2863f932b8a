import FullKit
import Testing

@testable import FullKitCheck

/// DIFF_THROUGH_HOLE: a BOM part missing from the XY file that is through-hole, and the evidence.
@Suite("DIFF_THROUGH_HOLE")
struct DiffThroughHoleTests {
    @Test("a pin header by its footprint name")
    func byFootprint() {
        var pack = FixturePack()
        pack["mini-bom.csv"] = MiniBoard.bom + "J1,Conn,PinHeader_1x02_P2.54mm_Vertical,1\n"
        #expect(
            pack.findings(DiffThroughHole()).map(\.message) == [
                "J1 is in the BOM but not in the XY file; it is through-hole: its footprint PinHeader_1x02_P2.54mm_Vertical is a through-hole one; such parts are fitted by hand or wave"
            ])
    }

    @Test("a part whose copper pads all carry plated holes (no X2 aperture function, no telling footprint name)")
    func byPlatedHoles() {
        var pack = FixturePack()
        let pads = "%ADD11C,1.700000*%\nD11*\n%TO.C,K7*%\nX4000000Y14000000D03*\nX4000000Y11460000D03*\n%TD*%"
        pack["mini-F_Cu.gbr"] = MiniBoard.layer("Copper,L1,Top", MiniBoard.pads + "\n" + MiniBoard.via + "\n" + pads)
        pack["mini-PTH.drl"] = MiniBoard.platedDrill.replacing(
            "X5.0Y5.0\n", with: "X5.0Y5.0\nT1\nX4.0Y14.0\nX4.0Y11.46\n")
        pack["mini-bom.csv"] = MiniBoard.bom + "K7,Relay,Relay_Omron_G5V,1\n"
        #expect(
            pack.findings(DiffThroughHole()).first?.message.contains("its 2 copper pads (%TO.C) carry plated holes")
                == true)
        // One pad undrilled: a mixed part, not through-hole by geometry (and nothing else says so).
        pack["mini-PTH.drl"] = MiniBoard.platedDrill.replacing("X5.0Y5.0\n", with: "X5.0Y5.0\nT1\nX4.0Y14.0\n")
        #expect(pack.findings(DiffThroughHole()).isEmpty)
    }

    @Test("a part whose copper pads X2 marks ComponentPad")
    func byPadFunction() {
        var pack = FixturePack()
        let pads =
            "%TA.AperFunction,ComponentPad*%\n%ADD11C,1.700000*%\n%TD*%\nD11*\n%TO.C,J1*%\nX4000000Y14000000D03*\nX4000000Y11460000D03*\n%TD*%"
        pack["mini-F_Cu.gbr"] = MiniBoard.layer("Copper,L1,Top", MiniBoard.pads + "\n" + MiniBoard.via + "\n" + pads)
        pack["mini-bom.csv"] = MiniBoard.bom + "J1,Conn,Conn_01x02,1\n"
        #expect(
            pack.findings(DiffThroughHole()).first?.message.contains("X2 marks its 2 copper pads as through-hole")
                == true)
    }
}
