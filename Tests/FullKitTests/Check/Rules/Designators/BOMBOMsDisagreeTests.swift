import FullKit
import Testing

@testable import FullKitCheck

/// BOM_BOMS_DISAGREE: two BOMs of one pack name the same part for a designator they both list.
@Suite("BOM_BOMS_DISAGREE")
struct BOMBOMsDisagreeTests {
    /// The mini board's BOM with a part-number column.
    private static let bom = """
        Reference,Value,Footprint,Quantity,MPN
        R1,10k,R_0603_1608Metric,1,RC0603FR-0710KL
        C1,100n,C_0603_1608Metric,1,GRM188R71C104KA01D

        """

    @Test("an order list that gives R1 another value, size and part number: one finding naming all three")
    func disagreeing() throws {
        var pack = FixturePack()
        pack["mini-bom.csv"] = Self.bom
        let order = MarkedText(
            """
            Designator,Value,Package,MPN
            ⟨r1⟩R1,1k,0805,RC0805FR-071KL

            """)
        pack.files["order-list.csv"] = order.bytes
        let finding = try #require(pack.findings(BOMBOMsDisagree()).first)
        #expect(
            finding.message
                == "R1 is value '10k' in mini-bom.csv, footprint 'R_0603_1608Metric' in mini-bom.csv, part number 'RC0603FR-0710KL' in mini-bom.csv but '1k', '0805', 'RC0805FR-071KL' in order-list.csv"
        )
        #expect(finding.location == order.location("r1"))
        #expect(finding.related.first?.file == "mini-bom.csv")
    }

    @Test("the same part spelled otherwise, empty cells, and BOMs with no designator in common pass")
    func agreeing() {
        var pack = FixturePack()
        pack["mini-bom.csv"] = Self.bom
        pack["order-list.csv"] = "Designator,Value,Package,MPN\nR1,10K,0603,rc0603fr-0710kl\nC1,,,\n"
        #expect(pack.findings(BOMBOMsDisagree()).isEmpty)
        pack["order-list.csv"] = "Designator,Value,Package,MPN\nJ1,1k,0805,X\n"
        #expect(pack.findings(BOMBOMsDisagree()).isEmpty)
    }
}
