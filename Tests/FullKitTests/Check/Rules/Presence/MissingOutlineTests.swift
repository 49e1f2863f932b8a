import FullKit
import Testing

@testable import FullKitCheck

/// MISSING_OUTLINE: the pack has a board outline.
@Suite("MISSING_OUTLINE")
struct MissingOutlineTests {
    @Test("without Edge.Cuts the board's shape is undefined")
    func missing() {
        var pack = FixturePack()
        pack["mini-Edge_Cuts.gbr"] = nil
        #expect(
            pack.findings(MissingOutline()).map(\.message) == [
                "no board outline layer: the board's shape and size are undefined"
            ])
    }

    @Test("the mini board has its outline")
    func present() {
        #expect(FixturePack().findings(MissingOutline()).isEmpty)
    }
}
