import FullKit
import Testing

@testable import FullKitCheck

/// PACK_AMBIGUOUS_FILE: no role is filled twice.
@Suite("PACK_AMBIGUOUS_FILE")
struct PackAmbiguousFileTests {
    @Test("two BOMs: one finding naming both, the second as a related place")
    func twoBOMs() {
        var pack = FixturePack()
        pack["old/mini-bom.csv"] = MiniBoard.bom
        let findings = pack.findings(PackAmbiguousFile())
        #expect(findings.map(\.message) == ["2 files claim to be the BOM: mini-bom.csv, old/mini-bom.csv"])
        #expect(findings.first?.related.map(\.file) == ["old/mini-bom.csv"])
    }

    @Test("two top copper layers")
    func twoTopCopper() {
        var pack = FixturePack()
        pack["old/mini-F_Cu.gbr"] = pack["mini-F_Cu.gbr"]
        #expect(
            pack.findings(PackAmbiguousFile()).map(\.message) == [
                "2 files claim to be the top copper layer: mini-F_Cu.gbr, old/mini-F_Cu.gbr"
            ])
    }

    @Test("one file per role")
    func unique() {
        #expect(FixturePack().findings(PackAmbiguousFile()).isEmpty)
    }
}
