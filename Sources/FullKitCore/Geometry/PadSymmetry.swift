#if canImport(Glibc)
import Glibc
#endif

/// Whether a point is the centre of a group of pads, judged by the pads alone (no `%TO.C` names): CAD tools put an
/// SMD footprint's origin at its body centre, and footprints are symmetric about it, so at a true placement either a
/// pad lies at the point (a centre pad, a BGA ball, a one-pad part), or two pads mirror each other through it
/// (two-terminal parts, SOIC, QFP, BGA), or across an axis through it along the part's rotation or square to it
/// (SOT-23, DPAK, connectors with a row of pins). A placement shifted off its pads has none of these, except by
/// coincidence among the few pads nearest to it, which is why only those are tried.
public enum PadSymmetry {
    /// Whether (`x`, `y`) is the centre of a group of `pads` (mm): a pad within `tolerance`, or a pad among the
    /// `nearest` within `reach` whose mirror through the point, or across an axis through it at one of `angles`
    /// (degrees) or square to it, is a pad within `tolerance`.
    /// Each pad looked at within `reach` is subtracted from `budget` (a hostile layer may stack many pads in one
    /// place); the answer is false once it is spent.
    public static func isCentre(
        x: Double, y: Double, angles: [Double], in pads: PointGrid, tolerance: Double = 0.1, reach: Double = 12,
        nearest count: Int = 12, budget: inout Int
    ) -> Bool {
        var near: [(dx: Double, dy: Double, distance: Double)] = []
        var spent = 0
        pads.forEach(in: Extent(x: x, y: y, margin: reach)) { pad in
            spent += 1
            guard spent <= budget else { return }
            let (dx, dy) = (pad.x - x, pad.y - y)
            let distance = (dx * dx + dy * dy).squareRoot()
            if distance <= reach { near.append((dx, dy, distance)) }
        }
        budget -= spent
        guard budget >= 0 else { return false }
        guard !near.isEmpty else { return false }
        near.sort { $0.distance < $1.distance }
        if near[0].distance <= tolerance { return true }
        var axes: [(Double, Double)] = []
        for angle in angles where angle.isFinite {
            let radians = angle * .pi / 180
            axes.append((cos(radians), sin(radians)))
            axes.append((-sin(radians), cos(radians)))
        }
        for pad in near.prefix(count) {
            if pads.contains(nearX: x - pad.dx, y: y - pad.dy, within: tolerance) { return true }
            for (ux, uy) in axes {
                // The reflection of the pad across the line through the point along (ux, uy).
                let along = pad.dx * ux + pad.dy * uy
                let (rx, ry) = (2 * along * ux - pad.dx, 2 * along * uy - pad.dy)
                let moved = ((rx - pad.dx) * (rx - pad.dx) + (ry - pad.dy) * (ry - pad.dy)).squareRoot()
                if moved > 2 * tolerance, pads.contains(nearX: x + rx, y: y + ry, within: tolerance) { return true }
            }
        }
        return false
    }
}
