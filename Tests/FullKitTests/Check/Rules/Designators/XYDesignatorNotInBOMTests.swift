import FullKit
import Testing

@testable import FullKitCheck

/// XY_DESIGNATOR_NOT_IN_BOM: a placement with no BOM line and nothing to explain it.
@Suite("XY_DESIGNATOR_NOT_IN_BOM")
struct XYDesignatorNotInBOMTests {
    @Test("R9 placed and never bought")
    func notInBOM() throws {
        var pack = FixturePack()
        let xy = MarkedText(MiniBoard.placements + "⟨r9⟩R9,1k,R_0603_1608Metric,15,15,0,top\n")
        pack.files["mini-positions.csv"] = xy.bytes
        let finding = try #require(pack.findings(XYDesignatorNotInBOM()).first)
        #expect(finding.message == "R9 is placed in the XY file but has no BOM line")
        #expect(finding.location == xy.location("r9"))
    }

    @Test("a placed fiducial is explained, not an error")
    func fiducial() {
        var pack = FixturePack()
        pack["mini-positions.csv"] = MiniBoard.placements + "FID1,,Fiducial_1mm,2,2,0,top\n"
        #expect(pack.findings(XYDesignatorNotInBOM()).isEmpty)
    }
}
