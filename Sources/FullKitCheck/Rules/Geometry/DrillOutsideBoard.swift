import FullKitArchive
import FullKitCore
import FullKitFormats

/// Every drilled hole lies inside the outline's closed contours (judged when the outline closes): one finding per
/// drill file with holes off the board, counting them and naming the first with its line. A hit at the centre of a
/// round cut-out is the hole that cut-out draws (Eagle draws holes as circles on its outline layer), and is on the
/// board.
struct DrillOutsideBoard: PackRule {
    let rule = Rule(
        id: "DRILL_OUTSIDE_BOARD", severity: .error,
        summary:
            "Every drilled hole lies on the board: inside the outline's closed contours, not in a cut-out or beyond an edge.",
        rationale:
            "A hole off the board is drilled into nothing or into the panel frame: the drill file is from another board, revision or origin.",
        fix: "Export the drill files again with the Gerbers, from the same design and with the same origin.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard let board = pack.board, let shape = board.shape else { return [] }
        return pack.drills.compactMap { drill in
            let holes = drill.content.holes
            let off = holes.filter { hole in
                shape.isOff(x: hole.x, y: hole.y, tolerance: board.tolerance)
                    && !board.cutOuts.contains { $0.isCircle(around: hole.x, hole.y) }
            }
            guard let first = off.first else { return nil }
            let distance = shape.distanceToEdge(x: first.x, y: first.y)
            let count = off.count == 1 ? "1 hole lies" : "\(off.count) of \(holes.count) holes lie"
            return Finding(
                rule,
                "\(count) off the board (in a cut-out or beyond an edge); the first at (\(LengthWords.millimetres(first.x)), \(LengthWords.millimetres(first.y))) is \(LengthWords.millimetres(distance)) from the outline",
                file: drill.entry.path, location: first.location, position: BoardPoint(x: first.x, y: first.y),
                distanceMillimeters: distance)
        }
    }
}
