import FullKit
import Testing

@testable import FullKitCheck

/// MISSING_PLACEMENT: an assembly pack has an XY file; a fab pack needs none.
@Suite("MISSING_PLACEMENT")
struct MissingPlacementTests {
    @Test("no XY file in an assembly pack")
    func missing() {
        var pack = FixturePack()
        pack["mini-positions.csv"] = nil
        #expect(
            pack.findings(MissingPlacement()).map(\.message) == [
                "no XY (pick-and-place) file: nothing says where parts go"
            ])
    }

    @Test("the fab profile needs no XY file")
    func fabProfile() {
        var pack = FixturePack()
        pack["mini-positions.csv"] = nil
        var policy = Policy()
        policy.profile = .fab
        #expect(pack.findings(MissingPlacement(), policy: policy).isEmpty)
    }
}
