import FullKit
import Testing

@testable import FullKitCheck

/// XY_DUPLICATE_DESIGNATOR: no designator placed twice.
@Suite("XY_DUPLICATE_DESIGNATOR")
struct XYDuplicateDesignatorTests {
    @Test("R1 placed twice: the second row is the finding")
    func duplicate() throws {
        var pack = FixturePack()
        let xy = MarkedText(MiniBoard.placements + "⟨again⟩R1,10k,R_0603_1608Metric,12,10,0,top\n")
        pack.files["mini-positions.csv"] = xy.bytes
        let finding = try #require(pack.findings(XYDuplicateDesignator()).first)
        #expect(finding.designators == ["R1"])
        #expect(finding.location == xy.location("again"))
        #expect(finding.message.hasPrefix("R1 is placed twice: here and at mini-positions.csv:2:1"))
    }

    @Test("each part placed once")
    func unique() {
        #expect(FixturePack().findings(XYDuplicateDesignator()).isEmpty)
    }
}
