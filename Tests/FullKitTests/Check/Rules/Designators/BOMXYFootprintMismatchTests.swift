import FullKit
import Testing

@testable import FullKitCheck

/// BOM_XY_FOOTPRINT_MISMATCH: a part's chip size in the BOM and in the XY file agree.
@Suite("BOM_XY_FOOTPRINT_MISMATCH")
struct BOMXYFootprintMismatchTests {
    @Test("C1 is 0603 in the BOM but 0805 in the XY file: one file is stale")
    func mismatch() throws {
        var pack = FixturePack()
        let bom = MarkedText(MiniBoard.bom.replacing("C1,100n,C_0603_1608Metric", with: "⟨c1⟩C1,100n,0603"))
        pack.files["mini-bom.csv"] = bom.bytes
        pack["mini-positions.csv"] = MiniBoard.placements.replacing(
            "C1,100n,C_0603_1608Metric", with: "C1,100n,C_0805_2012Metric")
        let findings = pack.findings(BOMXYFootprintMismatch())
        #expect(
            findings.map(\.message) == [
                "C1 is 0603 in the BOM ('0603') but 0805 in the XY file mini-positions.csv ('C_0805_2012Metric')"
            ])
        #expect(findings.first?.location == bom.location("c1"))
        #expect(findings.first?.related.first?.file == "mini-positions.csv")
    }

    @Test("one size spelled two ways, packages without a chip size, and DNP lines pass")
    func agreeing() {
        var pack = FixturePack()
        pack["mini-bom.csv"] = MiniBoard.bom.replacing("C1,100n,C_0603_1608Metric", with: "C1,100n,CAP 1608Metric")
        #expect(pack.findings(BOMXYFootprintMismatch()).isEmpty)
        pack["mini-bom.csv"] = MiniBoard.bom.replacing("C1,100n,C_0603_1608Metric", with: "C1,100n,SOT-23")
        #expect(pack.findings(BOMXYFootprintMismatch()).isEmpty)
        pack["mini-bom.csv"] = MiniBoard.bom.replacing("C1,100n,C_0603_1608Metric,1", with: "C1,100n,0805,0")
        #expect(pack.findings(BOMXYFootprintMismatch()).isEmpty)
    }
}
