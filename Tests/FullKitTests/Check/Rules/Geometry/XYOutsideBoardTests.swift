import FullKit
import Testing

@testable import FullKitCheck

/// XY_OUTSIDE_BOARD: every placement lies on the board under the detected convention.
@Suite("XY_OUTSIDE_BOARD")
struct XYOutsideBoardTests {
    @Test("C1 placed at x = 80 mm on a 30 mm board is named at its row")
    func offBoard() throws {
        var pack = FixturePack()
        let xy = MarkedText(
            MiniBoard.placements.replacing(
                "C1,100n,C_0603_1608Metric,20,10", with: "⟨c1⟩C1,100n,C_0603_1608Metric,80,10"))
        pack.files["mini-positions.csv"] = xy.bytes
        let findings = pack.findings(XYOutsideBoard())
        #expect(findings.map(\.designators) == [["C1"]])
        #expect(findings.first?.location == xy.location("c1"))
        #expect(
            findings.first?.message.hasPrefix("C1 at (80.0 mm, 10.0 mm) is 50.0 mm outside the board outline") == true)
    }

    @Test("the slack is 1 mm whatever the board's size: 2.4 mm off a 150 mm board is off (2 % of it passed before)")
    func fixedSlack() throws {
        var pack = FixturePack()
        pack["mini-Edge_Cuts.gbr"] = MiniBoard.outline.replacing("X30000000", with: "X150000000")
        // C1 2.4 mm above the top edge (y = 20); R1 0.8 mm above it, within the slack.
        pack["mini-positions.csv"] = MiniBoard.placements.replacing(
            "C1,100n,C_0603_1608Metric,20,10", with: "C1,100n,C_0603_1608Metric,20,22.4"
        ).replacing("R1,10k,R_0603_1608Metric,10,10", with: "R1,10k,R_0603_1608Metric,10,20.8")
        let findings = pack.findings(XYOutsideBoard())
        #expect(findings.map(\.designators) == [["C1"]])
        #expect(findings.first?.message.contains("is 2.4 mm outside the board outline") == true)
    }

    @Test("the operator's slack decides: 3 mm accepts the part 2.4 mm off, 0.5 mm names the one 0.8 mm off")
    func policySlack() {
        var pack = FixturePack()
        pack["mini-Edge_Cuts.gbr"] = MiniBoard.outline.replacing("X30000000", with: "X150000000")
        pack["mini-positions.csv"] = MiniBoard.placements.replacing(
            "C1,100n,C_0603_1608Metric,20,10", with: "C1,100n,C_0603_1608Metric,20,22.4"
        ).replacing("R1,10k,R_0603_1608Metric,10,10", with: "R1,10k,R_0603_1608Metric,10,20.8")
        var lenient = Policy()
        lenient.placementTolerances.outsideBoardMillimetres = 3
        #expect(pack.findings(XYOutsideBoard(), policy: lenient).isEmpty)
        var strict = Policy()
        strict.placementTolerances.outsideBoardMillimetres = 0.5
        #expect(pack.findings(XYOutsideBoard(), policy: strict).map(\.designators) == [["R1"], ["C1"]])
    }

    @Test("parts on the board")
    func onBoard() {
        #expect(FixturePack().findings(XYOutsideBoard()).isEmpty)
    }
}
