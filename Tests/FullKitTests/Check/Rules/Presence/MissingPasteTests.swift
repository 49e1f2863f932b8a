import FullKit
import Testing

@testable import FullKitCheck

/// MISSING_PASTE: each side with parts to solder has a paste layer.
@Suite("MISSING_PASTE")
struct MissingPasteTests {
    @Test("parts on top and no top paste")
    func topMissing() {
        var pack = FixturePack()
        pack["mini-F_Paste.gbr"] = nil
        #expect(
            pack.findings(MissingPaste()).map(\.message) == [
                "2 parts are placed on the top side (R1, C1), but there is no top paste layer"
            ])
    }

    @Test("a part placed on the bottom needs bottom paste, which the mini board lacks")
    func bottomMissing() {
        var pack = FixturePack()
        pack["mini-positions.csv"] = MiniBoard.placements.replacing("20,10,0,top", with: "20,10,0,bottom")
        #expect(
            pack.findings(MissingPaste()).map(\.message) == [
                "1 part is placed on the bottom side (C1), but there is no bottom paste layer"
            ])
    }

    @Test("bottom placements the BOM marks do-not-place, or that are no part (a fiducial), need no bottom paste")
    func nothingToSolder() {
        var pack = FixturePack()
        pack["mini-positions.csv"] =
            MiniBoard.placements + "JP1,DNP,SolderJumper,5,15,0,bottom\nFID1,,Fiducial,25,15,0,bottom\n"
        pack["mini-bom.csv"] = MiniBoard.bom + "JP1,DNP,SolderJumper,1\n"
        #expect(pack.findings(MissingPaste()).isEmpty)
        pack["mini-positions.csv"] = MiniBoard.placements + "D1,LED,LED_0603_1608Metric,5,15,0,bottom\n"
        pack["mini-bom.csv"] = MiniBoard.bom + "D1,DNP,LED_0603_1608Metric,1\n"
        #expect(pack.findings(MissingPaste()).isEmpty)
        pack["mini-bom.csv"] = MiniBoard.bom + "D1,LED,LED_0603_1608Metric,1\n"
        #expect(
            pack.findings(MissingPaste()).map(\.message) == [
                "1 part is placed on the bottom side (D1), but there is no bottom paste layer"
            ])
    }

    @Test("a side with only through-hole parts needs no paste (by footprint, by mount type, by X2 ComponentPad pads)")
    func throughHoleOnly() {
        var pack = FixturePack()
        pack["mini-positions.csv"] =
            MiniBoard.placements + "J1,Conn,PinHeader_1x02_P2.54mm_Vertical,5,15,90,bottom\n"
        pack["mini-bom.csv"] = MiniBoard.bom + "J1,Conn,PinHeader_1x02_P2.54mm_Vertical,1\n"
        #expect(pack.findings(MissingPaste()).isEmpty, "the footprint name says through-hole")

        // No footprint name: the copper's X2 says J1's pads are through-hole component pads.
        pack["mini-positions.csv"] = MiniBoard.placements + "J1,Conn,,5,15,90,bottom\n"
        pack["mini-bom.csv"] = MiniBoard.bom + "J1,Conn,,1\n"
        let pins =
            "%TA.AperFunction,ComponentPad*%\n%ADD13C,1.700000*%\n%TD*%\nD13*\n%TO.C,J1*%\n"
            + "X5000000Y15000000D03*\nX5000000Y12460000D03*\n%TD*%"
        pack["mini-F_Cu.gbr"] = MiniBoard.layer("Copper,L1,Top", MiniBoard.pads + "\n" + MiniBoard.via + "\n" + pins)
        pack["mini-B_Cu.gbr"] = MiniBoard.layer("Copper,L2,Bot", MiniBoard.via + "\n" + pins)
        #expect(pack.findings(MissingPaste()).isEmpty, "X2 ComponentPad pads")

        // An SMD part beside it on the bottom needs the stencil.
        pack["mini-positions.csv"] =
            MiniBoard.placements + "J1,Conn,,5,15,90,bottom\nD1,LED,LED_0603_1608Metric,25,15,0,bottom\n"
        pack["mini-bom.csv"] = MiniBoard.bom + "J1,Conn,,1\nD1,LED,LED_0603_1608Metric,1\n"
        #expect(
            pack.findings(MissingPaste()).map(\.message) == [
                "1 part is placed on the bottom side (D1), but there is no bottom paste layer"
            ])
    }

    @Test("top parts and top paste")
    func present() {
        #expect(FixturePack().findings(MissingPaste()).isEmpty)
    }
}
