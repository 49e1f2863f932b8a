import FullKit
import Testing

@testable import FullKitCheck

/// OUTLINE_DRAWING: strokes on the outline layer besides the board's edge are drawing, named as information.
@Suite("OUTLINE_DRAWING")
struct OutlineDrawingTests {
    /// The mini outline with `strokes` (lists of points, mm) drawn after it.
    static func outline(with strokes: [[(Int, Int)]]) -> String {
        let drawing = strokes.map { points in
            "X\(points[0].0 * 1_000_000)Y\(points[0].1 * 1_000_000)D02*\n"
                + points.dropFirst().map { "X\($0.0 * 1_000_000)Y\($0.1 * 1_000_000)D01*\n" }.joined()
        }.joined()
        return MiniBoard.outline.replacing("M02*", with: drawing + "M02*")
    }

    @Test("a dimension line under the board is drawing; the board stays closed and 30 × 20 mm")
    func dimensionLine() throws {
        var pack = FixturePack()
        pack["mini-Edge_Cuts.gbr"] = Self.outline(with: [[(0, -5), (30, -5)]])
        let finding = try #require(pack.findings(OutlineDrawing()).first)
        #expect(
            finding.message
                == "besides the board's edge (x 0.0…30.0, y 0.0…20.0 mm), the outline layer draws 1 stroke within x 0.0…30.0, y -5.0…-5.0 mm; they are taken as drawing, not as the board"
        )
        #expect(pack.findings(OutlineOpen()).isEmpty)
    }

    @Test("a cut-out inside the board is part of the board, not drawing")
    func cutOut() {
        var pack = FixturePack()
        pack["mini-Edge_Cuts.gbr"] = Self.outline(with: [[(24, 14), (28, 14), (28, 18), (24, 18), (24, 14)]])
        #expect(pack.findings(OutlineDrawing()).isEmpty)
    }

    @Test("a broken edge is no drawing: with no closed contour around the copper, the outline is open")
    func brokenEdge() {
        var pack = FixturePack()
        pack["mini-Edge_Cuts.gbr"] = Self.outline(with: [[(0, -5), (30, -5)]])
            .replacing("X0Y20000000D01*\nX0Y0D01*", with: "X0Y20000000D01*")
        #expect(pack.findings(OutlineDrawing()).isEmpty)
        #expect(!pack.findings(OutlineOpen()).isEmpty)
    }
}
