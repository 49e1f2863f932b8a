/// How an XY file's numbers map onto the board: the unit, and the sign conventions CAD tools use (KiCad writes
/// bottom-side X negated; some exports flip Y). Detected by trying each and keeping the one under which the most
/// placements fall inside the board outline.
public struct PlacementConvention: Sendable, Hashable, Codable {
    public var unit: LengthUnit
    /// Whether the unit was stated by the file (false: inferred from the outline).
    public var unitStated: Bool
    /// Whether bottom-side X values are negated (KiCad's `--bottom-negate-x`, the default in KiCad 6).
    public var bottomXNegated: Bool
    /// Whether Y values are negated.
    public var yNegated: Bool
    /// Where the XY file's origin lies in Gerber coordinates (mm): (0, 0), or a corner of the board when the XY
    /// file is relative to an auxiliary (drill/place) origin.
    public var originX: Double
    public var originY: Double

    /// The board position of `x`, `y` on `side`, in millimetres.
    func position(x: Double, y: Double, side: BoardSide?) -> (x: Double, y: Double) {
        let scale = unit.millimeters
        let px = (bottomXNegated && side == .bottom ? -x : x) * scale
        let py = (yNegated ? -y : y) * scale
        return (px + originX, py + originY)
    }

    /// Words for the report, e.g. "mm (stated), bottom X negated".
    public var summary: String {
        var parts = ["\(unit.rawValue) (\(unitStated ? "stated" : "inferred from the board outline"))"]
        if bottomXNegated { parts.append("bottom-side X negated, as KiCad writes it") }
        if yNegated { parts.append("Y negated") }
        if originX != 0 || originY != 0 {
            parts.append("origin at (\((originX * 1000).rounded() / 1000), \((originY * 1000).rounded() / 1000)) mm, a board corner (auxiliary origin)")
        }
        return parts.joined(separator: ", ")
    }

    /// The convention under which most `placements` fall inside `board` (grown by `tolerance` mm).
    static func detect(
        _ placements: [PlacementList.Placement], statedUnit: LengthUnit?, board: Extent, tolerance: Double
    ) -> (convention: PlacementConvention, inside: Int) {
        let units = statedUnit.map { [$0] } ?? [.millimeter, .mil, .inch]
        let origins = [(0.0, 0.0), (board.minX, board.minY), (board.minX, board.maxY), (board.maxX, board.minY),
                       (board.maxX, board.maxY)]
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

        init(_ convention: PlacementConvention, _ placements: [PlacementList.Placement], board: Extent, tolerance: Double) {
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

extension Extent {
    /// How far the point lies outside the box (0 inside).
    func distance(toX x: Double, y: Double) -> Double {
        let dx = Swift.max(minX - x, 0, x - maxX)
        let dy = Swift.max(minY - y, 0, y - maxY)
        return (dx * dx + dy * dy).squareRoot()
    }
}
