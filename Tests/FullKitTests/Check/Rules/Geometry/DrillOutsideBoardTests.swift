import FullKit
import Testing

@testable import FullKitCheck

/// DRILL_OUTSIDE_BOARD: every drilled hole lies on the board.
@Suite("DRILL_OUTSIDE_BOARD")
struct DrillOutsideBoardTests {
    @Test("a hole 10 mm past the right edge is named at its line, with its distance from the outline")
    func offBoard() throws {
        var pack = FixturePack()
        let drill = MarkedText(MiniBoard.platedDrill.replacing("X5.0Y5.0\n", with: "X5.0Y5.0\n⟨hole⟩X40.0Y10.0\n"))
        pack.files["mini-PTH.drl"] = drill.bytes
        let finding = try #require(pack.findings(DrillOutsideBoard()).first)
        #expect(finding.location == drill.location("hole"))
        #expect(
            finding.message
                == "1 hole lies off the board (in a cut-out or beyond an edge); the first at (40.0 mm, 10.0 mm) is 10.0 mm from the outline"
        )
    }

    @Test("holes on the board")
    func onBoard() {
        #expect(FixturePack().findings(DrillOutsideBoard()).isEmpty)
    }
}
