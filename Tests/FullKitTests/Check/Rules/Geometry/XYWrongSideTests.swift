import FullKit
import Testing

@testable import FullKitCheck

/// XY_WRONG_SIDE: an SMD part is placed on the side its named pads are on.
@Suite("XY_WRONG_SIDE")
struct XYWrongSideTests {
    @Test("C1 listed on the bottom, its pads (%TO.C) only on the top copper")
    func wrongSide() throws {
        var pack = FixturePack()
        let placements = MarkedText(
            MiniBoard.placements.replacing(
                "C1,100n,C_0603_1608Metric,20,10,0,top", with: "⟨c1⟩C1,100n,C_0603_1608Metric,20,10,0,bottom"))
        pack.files["mini-positions.csv"] = placements.bytes
        let finding = try #require(pack.findings(XYWrongSide()).first)
        #expect(finding.message == "C1 is placed on the bottom side, but its 2 pads (%TO.C) are only on the top copper")
        #expect(finding.location == placements.location("c1"))
        #expect(finding.designators == ["C1"])
    }

    @Test("parts on their pads' side, and a through-hole part whose pads are on the other side, pass")
    func passing() {
        var pack = FixturePack()
        #expect(pack.findings(XYWrongSide()).isEmpty)
        // Through-hole by its footprint name: its pads may lie on the other side by design.
        pack["mini-positions.csv"] = MiniBoard.placements.replacing(
            "C1,100n,C_0603_1608Metric,20,10,0,top", with: "C1,100n,PinHeader_1x02_P2.54mm_Vertical,20,10,0,bottom")
        pack["mini-bom.csv"] = MiniBoard.bom.replacing(
            "C1,100n,C_0603_1608Metric", with: "C1,100n,PinHeader_1x02_P2.54mm_Vertical")
        #expect(pack.findings(XYWrongSide()).isEmpty)
    }
}
