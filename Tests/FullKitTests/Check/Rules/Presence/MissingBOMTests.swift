import FullKit
import Testing

@testable import FullKitCheck

/// MISSING_BOM: an assembly pack has a BOM; a bare-board (fab) pack needs none.
@Suite("MISSING_BOM")
struct MissingBOMTests {
    @Test("no BOM in an assembly pack")
    func missing() {
        var pack = FixturePack()
        pack["mini-bom.csv"] = nil
        #expect(pack.findings(MissingBOM()).map(\.message) == ["no BOM: nothing says which parts to buy"])
    }

    @Test("the fab profile needs no BOM")
    func fabProfile() {
        var pack = FixturePack()
        pack["mini-bom.csv"] = nil
        var policy = Policy()
        policy.profile = .fab
        #expect(pack.findings(MissingBOM(), policy: policy).isEmpty)
    }
}
