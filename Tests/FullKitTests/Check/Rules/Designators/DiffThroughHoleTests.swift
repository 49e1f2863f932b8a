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
