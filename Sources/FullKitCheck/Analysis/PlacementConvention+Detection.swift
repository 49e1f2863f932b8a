import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

extension PlacementConvention {
    /// The convention under which most `placements` land near a copper pad of their side (the board's own
    /// evidence, when the copper has flashes), then under which most fall inside `board` (grown by `tolerance` mm).
    static func detect(
        _ placements: [PlacementList.Placement], statedUnit: LengthUnit?, board: Extent, tolerance: Double,
        pads: PadIndex
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
                        let score = Score(candidate, placements, board: board, tolerance: tolerance, pads: pads)
                        if best == nil || score > best!.1 { best = (candidate, score) }
                    }
                }
            }
        }
        return (best!.0, best!.1.inside)
    }

    /// How near a placement must be to a pad of its side to count as on the copper, in mm: an SMD part's centre lies
    /// between its pads, a through-hole part's origin on one.
    static let padReach = 2.5

    /// How many placements (with a position) the share on pads is estimated from.
    static let padSample = 2_000

    /// How well a convention fits. A wrong, too small unit squeezes every part into a corner: it fits, but covers
    /// nothing, so a convention whose parts spread over less than a quarter of the board (with three or more parts)
    /// ranks below every plausible one. Then the share of placements near a pad of their side (the board's geometry
    /// first: a file that only fits the outline under another unit does not land on the pads), then the placements
    /// inside, then the spread (in twentieths, so that mirror images tie and the simpler convention, tried first, is
    /// kept).
    private struct Score: Comparable {
        var plausible: Bool
        var onPads: Int
        /// The share of placements near a pad, in quarters: pads decide between conventions only when they tell
        /// them apart clearly (a board whose pads are drawn as regions has few flashes, and counts close to each
        /// other are noise), and the outline decides the rest.
        var padBand: Int { placed == 0 ? 0 : onPads * 4 / placed }
        /// Placements sampled for the share on pads.
        var placed = 0
        var inside: Int
        var coverage: Int

        init(
            _ convention: PlacementConvention, _ placements: [PlacementList.Placement], board: Extent,
            tolerance: Double,
            pads: PadIndex
        ) {
            var extent: Extent?
            inside = 0
            onPads = 0
            for placement in placements {
                guard let x = placement.x, let y = placement.y else { continue }
                let point = convention.position(x: x, y: y, side: placement.side)
                // The share on pads is estimated from the first `padSample` placements: enough to tell conventions
                // apart, and a file of 500 000 placements costs no more than a real board.
                if placed < PlacementConvention.padSample {
                    placed += 1
                    if !pads.isEmpty, let side = placement.side,
                        pads.hasPad(nearX: point.x, y: point.y, side: side, within: PlacementConvention.padReach)
                    {
                        onPads += 1
                    }
                }
                guard board.distance(toX: point.x, y: point.y) <= tolerance else { continue }
                inside += 1
                extent.formUnion(Extent(x: point.x, y: point.y))
            }
            let spread = extent.map { max($0.width / board.width, $0.height / board.height) } ?? 0
            coverage = Int((min(spread, 1000) * 20).rounded())
            plausible = inside < 3 || coverage >= 5
        }

        static func < (lhs: Score, rhs: Score) -> Bool {
            (lhs.plausible ? 1 : 0, lhs.padBand, lhs.inside, lhs.coverage)
                < (rhs.plausible ? 1 : 0, rhs.padBand, rhs.inside, rhs.coverage)
        }
    }
}
