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

    @Test("top parts and top paste")
    func present() {
        #expect(FixturePack().findings(MissingPaste()).isEmpty)
    }
}
