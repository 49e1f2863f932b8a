import FullKit
import Testing

@testable import FullKitCheck

/// BOM_QUANTITY_MISMATCH: a line's quantity is its number of designators.
@Suite("BOM_QUANTITY_MISMATCH")
struct BOMQuantityMismatchTests {
    @Test("quantity 2 for one designator")
    func mismatch() throws {
        var pack = FixturePack()
        let bom = MarkedText(
            MiniBoard.bom.replacing("R1,10k,R_0603_1608Metric,1", with: "⟨r1⟩R1,10k,R_0603_1608Metric,2"))
        pack.files["mini-bom.csv"] = bom.bytes
        let finding = try #require(pack.findings(BOMQuantityMismatch()).first)
        #expect(finding.message == "quantity 2 but 1 designator listed")
        #expect(finding.location == bom.location("r1"))
    }

    @Test("a do-not-place line of quantity 0 is not a mismatch")
    func doNotPlaceZero() {
        var pack = FixturePack()
        pack["mini-bom.csv"] = MiniBoard.bom + "R3,DNP,R_0603_1608Metric,0\n"
        #expect(pack.findings(BOMQuantityMismatch()).isEmpty)
    }
}
