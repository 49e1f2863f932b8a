import FullKit
import Testing

@testable import FullKitCheck

/// BOM_DUPLICATE_DESIGNATOR: no designator on two BOM lines.
@Suite("BOM_DUPLICATE_DESIGNATOR")
struct BOMDuplicateDesignatorTests {
    @Test("R1 on two lines: the second is the finding, the first its related place")
    func duplicate() throws {
        var pack = FixturePack()
        let bom = MarkedText(
            MiniBoard.bom.replacing("R1,10k", with: "⟨first⟩R1,10k") + "⟨second⟩R1,22k,R_0603_1608Metric,1\n")
        pack.files["mini-bom.csv"] = bom.bytes
        let finding = try #require(pack.findings(BOMDuplicateDesignator()).first)
        #expect(finding.designators == ["R1"])
        #expect(finding.location == bom.location("second"))
        #expect(finding.related.first?.location == bom.location("first"))
    }

    @Test("each designator once")
    func unique() {
        #expect(FixturePack().findings(BOMDuplicateDesignator()).isEmpty)
    }
}
