import FullKitArchive
import FullKitCore
import FullKitFormats

/// Strokes on the outline layer that are not the board's edge (dimension lines, text, a title frame) are named, so
/// that the edge FullKit took for the board can be checked: the smallest closed contour around the copper.
struct OutlineDrawing: PackRule {
    let rule = Rule(
        id: "OUTLINE_DRAWING", severity: .info,
        summary: "The outline layer also draws strokes that are not the board's edge (dimensions, text, a frame).",
        rationale:
            "The board is the smallest closed contour around the copper; the rest is drawing, and the fab must not cut along it.",
        fix: "Nothing, if the drawing is meant; else move it to a drawing or comment layer.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard let board = pack.board, !board.drawings.isEmpty else { return [] }
        let box = board.drawings.dropFirst().reduce(board.drawings[0].extent) { $0.union($1.extent) }
        let strokes = board.drawings.count == 1 ? "1 stroke" : "\(board.drawings.count) strokes"
        return [
            Finding(
                rule,
                "besides the board's edge (\(LengthWords.box(board.extent))), the outline layer draws \(strokes) within \(LengthWords.box(box)); they are taken as drawing, not as the board",
                file: board.file)
        ]
    }
}
