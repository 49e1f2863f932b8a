import FullKit
import Testing

@testable import FullKitCheck

/// BOM_DESIGNATOR_NOT_PLACED: a BOM part with no placement and nothing to explain it.
@Suite("BOM_DESIGNATOR_NOT_PLACED")
struct BOMDesignatorNotPlacedTests {
    @Test("R2 bought and never placed, named at its BOM line")
    func notPlaced() throws {
        var pack = FixturePack()
        let bom = MarkedText(MiniBoard.bom + "⟨r2⟩R2,4k7,R_0603_1608Metric,1\n")
        pack.files["mini-bom.csv"] = bom.bytes
        let finding = try #require(pack.findings(BOMDesignatorNotPlaced()).first)
        #expect(finding.message == "R2 is in the BOM but not in the XY file")
        #expect(finding.location == bom.location("r2"))
    }

    @Test("a DNP line, a fiducial and a through-hole footprint are explained, not errors")
    func explained() {
        var pack = FixturePack()
        pack["mini-bom.csv"] =
            MiniBoard.bom + "R3,DNP,R_0603_1608Metric,1\nFID1,,Fiducial_1mm,1\nJ1,,PinHeader_1x02_P2.54mm_Vertical,1\n"
        #expect(pack.findings(BOMDesignatorNotPlaced()).isEmpty)
    }
}
