import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

extension PlacementConvention {
    /// The convention under which most `placements` fall inside `board` (grown by `tolerance` mm).
    static func detect(
        _ placements: [PlacementList.Placement], statedUnit: LengthUnit?, board: Extent, tolerance: Double
    ) -> (convention: PlacementConvention, inside: Int) {
        let units = statedUnit.map { [$0] } ?? [.millimeter, .mil, .inch]
        let origins = [
            (0.0, 0.0), (board.minX, board.minY), (board.minX, board.maxY), (board.maxX, board.minY),
            (board.maxX, board.maxY),
        ]
        var best: (PlacementConvention, Score)?
        // Simplest first, so that ties keep it: no Y negation, no bottom negation, no offset origin, millimetres.
        for yNegated in [false, true] {
            for bottomXNegated in [false, true] {
                for (originX, originY) in origins {
                    for unit in units {
                        let candidate = PlacementConvention(
                            unit: unit, unitStated: statedUnit != nil, bottomXNegated: bottomXNegated,
                            yNegated: yNegated, originX: originX, originY: originY)
                        let score = Score(candidate, placements, board: board, tolerance: tolerance)
                        if best == nil || score > best!.1 { best = (candidate, score) }
                    }
                }
            }
        }
        return (best!.0, best!.1.inside)
    }

    /// How well a convention fits. A wrong, too small unit squeezes every part into a corner: it fits, but covers
    /// nothing, so a convention whose parts spread over less than a quarter of the board (with three or more parts)
    /// ranks below every plausible one. Then the placements inside count, then the spread (in twentieths, so that
    /// mirror images tie and the simpler convention, tried first, is kept).
    private struct Score: Comparable {
        var plausible: Bool
        var inside: Int
        var coverage: Int

        init(
            _ convention: PlacementConvention, _ placements: [PlacementList.Placement], board: Extent, tolerance: Double
        ) {
            var extent: Extent?
            inside = 0
            for placement in placements {
                guard let x = placement.x, let y = placement.y else { continue }
                let point = convention.position(x: x, y: y, side: placement.side)
                guard board.distance(toX: point.x, y: point.y) <= tolerance else { continue }
                inside += 1
                extent.formUnion(Extent(x: point.x, y: point.y))
            }
            let spread = extent.map { max($0.width / board.width, $0.height / board.height) } ?? 0
            coverage = Int((min(spread, 1000) * 20).rounded())
            plausible = inside < 3 || coverage >= 5
        }

        static func < (lhs: Score, rhs: Score) -> Bool {
            (lhs.plausible ? 1 : 0, lhs.inside, lhs.coverage) < (rhs.plausible ? 1 : 0, rhs.inside, rhs.coverage)
        }
    }
}
