import FullKit
import Testing

@testable import FullKitCheck

/// BOM_XY_VALUE_MISMATCH: a part's value in the BOM and in the XY file agree, spelling aside.
@Suite("BOM_XY_VALUE_MISMATCH")
struct BOMXYValueMismatchTests {
    @Test("C1 is 470uF in the BOM but 330uF in the XY file: one file is stale")
    func mismatch() throws {
        var pack = FixturePack()
        let bom = MarkedText(MiniBoard.bom.replacing("C1,100n,", with: "⟨c1⟩C1,470uF,"))
        pack.files["mini-bom.csv"] = bom.bytes
        pack["mini-positions.csv"] = MiniBoard.placements.replacing("C1,100n,", with: "C1,330uF,")
        let finding = try #require(pack.findings(BOMXYValueMismatch()).first)
        #expect(finding.message == "C1 is '470uF' in the BOM but '330uF' in the XY file mini-positions.csv")
        #expect(finding.location == bom.location("c1"))
        #expect(finding.related.first?.file == "mini-positions.csv")
    }

    @Test("the same value spelled two ways, words that are no values, and DNP lines pass")
    func agreeing() {
        var pack = FixturePack()
        pack["mini-bom.csv"] = MiniBoard.bom.replacing("C1,100n,", with: "C1,0.1uF,").replacing(
            "R1,10k,", with: "R1,10K 1%,")
        #expect(pack.findings(BOMXYValueMismatch()).isEmpty)
        pack["mini-bom.csv"] = MiniBoard.bom.replacing("C1,100n,", with: "C1,Murata 100n cap,")
        #expect(pack.findings(BOMXYValueMismatch()).isEmpty)
        pack["mini-bom.csv"] = MiniBoard.bom.replacing(
            "C1,100n,C_0603_1608Metric,1", with: "C1,470uF,C_0603_1608Metric,0")
        #expect(pack.findings(BOMXYValueMismatch()).isEmpty)
    }
}
