import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

extension PlacementConvention {
    /// The convention under which most `placements` land near a copper pad of their side (the board's own
    /// evidence, when the copper has flashes), then under which most fall inside `board` (grown by `tolerance` mm);
    /// with how many fall inside, and how many of those registered lie near a flash (nil without flashes).
    /// The origins tried are (0, 0) and the corners of `corners` (the outline's centre line, where the CAD tool's
    /// board corner is; `board` when nil), then, when none of them puts nine in ten placements on the board, the
    /// shift the pads vote for (`TranslationVote`).
    package static func detect(
        _ placements: [PlacementList.Placement], statedUnit: LengthUnit?, board: Extent, corners: Extent? = nil,
        tolerance: Double, pads: PadIndex
    ) -> (convention: PlacementConvention, inside: Int, nearFlashes: Int?, registered: Int?) {
        let units = statedUnit.map { [$0] } ?? [.millimeter, .mil, .inch]
        let box = corners ?? board
        let origins = [
            (0.0, 0.0), (box.minX, box.minY), (box.minX, box.maxY), (box.maxX, box.minY), (box.maxX, box.maxY),
        ]
        var best: (PlacementConvention, Score)?
        func consider(_ candidate: PlacementConvention) {
            let score = Score(candidate, placements, board: board, tolerance: tolerance, pads: pads)
            if best == nil || score > best!.1 { best = (candidate, score) }
        }
        // Simplest first, so that ties keep it: no Y negation, no bottom negation, no offset origin, millimetres.
        let signs = [false, true].flatMap { yNegated in [false, true].map { (yNegated: yNegated, bottomX: $0) } }
        let combinations = signs.flatMap { sign in
            units.map { unit in
                PlacementConvention(
                    unit: unit, unitStated: statedUnit != nil, bottomXNegated: sign.bottomX,
                    yNegated: sign.yNegated, originX: 0, originY: 0)
            }
        }
        // Per sign convention, each origin in every unit: a tie keeps (0, 0) in any unit over a corner.
        for sign in signs {
            for (originX, originY) in origins {
                for unit in units {
                    consider(
                        PlacementConvention(
                            unit: unit, unitStated: statedUnit != nil, bottomXNegated: sign.bottomX,
                            yNegated: sign.yNegated, originX: originX, originY: originY))
                }
            }
        }
        // Only when no origin every tool uses puts nine in ten placements on the board does the search widen to any
        // shift the pads vote for: a dense board lands most parts near some pad under more than one shift, so the
        // simplest explanation that fits is kept, as a CAM engineer would keep it.
        let located = placements.count { $0.x != nil && $0.y != nil }
        if best!.1.inside * 10 < located * 9 {
            for plain in combinations {
                // A shift within a millimetre of an origin already tried is that origin (parts sit up to a pad's size
                // off their pads' centre; that is no other origin).
                guard let shift = registeredOrigin(plain, placements, board: board, pads: pads),
                    !origins.contains(where: { abs($0.0 - shift.dx) <= 1 && abs($0.1 - shift.dy) <= 1 })
                else { continue }
                var candidate = plain
                (candidate.originX, candidate.originY, candidate.originByPads) = (shift.dx, shift.dy, true)
                consider(candidate)
            }
        }
        let score = best!.1
        return (best!.0, score.inside, pads.isEmpty ? nil : score.onPads, pads.isEmpty ? nil : score.placed)
    }

    /// How many placements a file needs for its shift onto the pads to be voted.
    static let minimumToRegister = 6

    /// How many placements the shift onto the pads is voted from.
    static let registrationSample = 256

    /// The shift that puts most placements (read under `convention`, origin (0, 0)) onto copper pads of their
    /// side (refined onto their parts' pad centres where the copper names parts), among shifts that keep the middle 80 % of them on the board (so that outliers do not narrow the
    /// search); nil when the copper has no flashes, the placements do not fit the board under this unit, or fewer
    /// than half of them land on pads under any shift (of a file of under 20 placements, all but one must).
    private static func registeredOrigin(
        _ convention: PlacementConvention, _ placements: [PlacementList.Placement], board: Extent, pads: PadIndex
    ) -> TranslationVote.Result? {
        guard !pads.isEmpty else { return nil }
        let located = placements.filter { $0.x != nil && $0.y != nil }
        // A handful of placements lands on some pads under many shifts of a dense board: too few to vote.
        guard located.count >= minimumToRegister else { return nil }
        let stride = max(located.count / registrationSample, 1)
        let sample = Swift.stride(from: 0, to: located.count, by: stride).prefix(registrationSample).map { index in
            let placement = located[index]
            let point = convention.position(x: placement.x!, y: placement.y!, side: placement.side)
            return (x: point.x, y: point.y, grid: placement.side == .bottom ? 1 : 0)
        }
        guard let window = TranslationVote.window(keeping: sample, on: board, slack: 5),
            let shift = TranslationVote.best(sample, onto: [pads.top, pads.bottom], window: window, bin: 1.0),
            shift.votes * 2 >= sample.count,
            sample.count >= 20 || shift.votes >= sample.count - 1
        else { return nil }
        // Where the copper names its parts, the shift is refined onto their pads' centres near it: a part whose
        // centre holds no pad (a TSSOP between its rows) votes for a pad row's offset; its pads' centre is its own.
        guard !pads.partCentres.isEmpty,
            let centred = TranslationVote.best(
                sample, onto: pads.partCentres,
                window: Extent(x: shift.dx, y: shift.dy, margin: PlacementConvention.padReach * 2), bin: 0.5),
            centred.votes * 2 >= sample.count
        else { return shift }
        return centred
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
        /// The top band holds 75 % to 100 %: every part on a pad is no better evidence than all but one (a
        /// mirror image of a symmetric board can land one more part near some pad).
        var padBand: Int { placed == 0 ? 0 : min(onPads * 4 / placed, 3) }
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
