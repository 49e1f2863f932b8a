import FullKit
import Testing

@testable import FullKitCheck

/// MISSING_PASTE: each side with placements has a paste layer.
@Suite("MISSING_PASTE")
struct MissingPasteTests {
    @Test("parts on top and no top paste")
    func topMissing() {
        var pack = FixturePack()
        pack["mini-F_Paste.gbr"] = nil
        #expect(
            pack.findings(MissingPaste()).map(\.message) == [
                "parts are placed on the top side, but there is no top paste layer"
            ])
    }

    @Test("a part placed on the bottom needs bottom paste, which the mini board lacks")
    func bottomMissing() {
        var pack = FixturePack()
        pack["mini-positions.csv"] = MiniBoard.placements.replacing("20,10,0,top", with: "20,10,0,bottom")
        #expect(
            pack.findings(MissingPaste()).map(\.message) == [
                "parts are placed on the bottom side, but there is no bottom paste layer"
            ])
    }

    @Test("top parts and top paste")
    func present() {
        #expect(FixturePack().findings(MissingPaste()).isEmpty)
    }
}
