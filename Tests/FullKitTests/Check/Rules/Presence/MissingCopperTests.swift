import FullKit
import Testing

@testable import FullKitCheck

/// MISSING_COPPER: top and bottom copper are both there.
@Suite("MISSING_COPPER")
struct MissingCopperTests {
    @Test(
        "each missing outer copper layer is named by its side",
        arguments: [("mini-F_Cu.gbr", "top"), ("mini-B_Cu.gbr", "bottom")])
    func missing(file: String, side: String) {
        var pack = FixturePack()
        pack[file] = nil
        #expect(pack.findings(MissingCopper()).map(\.message) == ["no \(side) copper layer"])
    }

    @Test("both sides present")
    func present() {
        #expect(FixturePack().findings(MissingCopper()).isEmpty)
    }
}
