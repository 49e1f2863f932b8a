import FullKit
import Testing

@testable import FullKitCheck

/// BOM_NO_PART_NUMBERS: a BOM with part-number columns names a part on at least one line to be placed.
@Suite("BOM_NO_PART_NUMBERS")
struct BOMNoPartNumbersTests {
    @Test("MPN and LCSC columns empty (or 'unknown') on every line: an unfilled template")
    func emptyColumns() throws {
        var pack = FixturePack()
        let bom = MarkedText(
            """
            Reference,Value,Footprint,Quantity,MPN,LCSC
            ⟨r1⟩R1,10k,R_0603_1608Metric,1,,
            C1,100n,C_0603_1608Metric,1,unknown,

            """)
        pack.files["mini-bom.csv"] = bom.bytes
        let finding = try #require(pack.findings(BOMNoPartNumbers()).first)
        #expect(
            finding.message
                == "the BOM's part-number columns 'MPN', 'LCSC' are empty on all 2 lines to be placed: nothing says which part to buy"
        )
        #expect(finding.location == bom.location("r1"))
    }

    @Test("one line with a part number is enough; a BOM without part-number columns is not judged")
    func namedOrNoColumns() {
        var pack = FixturePack()
        pack["mini-bom.csv"] = """
            Reference,Value,Footprint,Quantity,MPN
            R1,10k,R_0603_1608Metric,1,RC0603FR-0710KL
            C1,100n,C_0603_1608Metric,1,

            """
        #expect(pack.findings(BOMNoPartNumbers()).isEmpty)
        pack["mini-bom.csv"] = MiniBoard.bom
        #expect(pack.findings(BOMNoPartNumbers()).isEmpty)
    }

    @Test("lines not to be placed do not count: a DNP line's empty MPN is expected")
    func doNotPlaceLines() {
        var pack = FixturePack()
        pack["mini-bom.csv"] = """
            Reference,Value,Footprint,Quantity,MPN
            R1,10k,R_0603_1608Metric,1,RC0603FR-0710KL
            C1,100n,C_0603_1608Metric,1,GRM188R71C104KA01D
            R3,DNP,R_0603_1608Metric,0,

            """
        #expect(pack.findings(BOMNoPartNumbers()).isEmpty)
    }
}
