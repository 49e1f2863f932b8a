import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// The board's shape from its closed outline: whether a point lies on the board and how far off it is. Every contour
/// counts by the even-odd rule, so a point in a cut-out is off the board. Segments are indexed in horizontal bands,
/// so a test looks only at the segments near the point.
struct BoardShape: Sendable {
    private let segments: [Segment]
    /// For each band of height `bandHeight` from `minY`, the segments whose Y range meets it.
    private let bands: [[Int]]
    private let minY: Double
    private let bandHeight: Double

    /// The shape of the closed outline drawn by `segments` (mm); nil when there is nothing to enclose. A segment
    /// drawn twice (some tools do) is kept once, so that it does not cancel itself.
    init?(segments drawn: [Segment]) {
        var seen = Set<[Int64]>()
        var unique: [Segment] = []
        for segment in drawn
        where segment.startX.isFinite && segment.startY.isFinite && segment.endX.isFinite && segment.endY.isFinite {
            let a = [Self.grid(segment.startX), Self.grid(segment.startY)]
            let b = [Self.grid(segment.endX), Self.grid(segment.endY)]
            guard a != b, seen.insert(a.lexicographicallyPrecedes(b) ? a + b : b + a).inserted else { continue }
            unique.append(segment)
        }
        guard unique.count >= 3 else { return nil }
        let low = unique.map { min($0.startY, $0.endY) }.min()!
        let high = unique.map { max($0.startY, $0.endY) }.max()!
        guard high > low else { return nil }
        let count = min(256, unique.count / 4 + 1)
        let height = (high - low) / Double(count)
        var bands = [[Int]](repeating: [], count: count)
        for (index, segment) in unique.enumerated() {
            let first = Self.band(min(segment.startY, segment.endY), low, height, count)
            let last = Self.band(max(segment.startY, segment.endY), low, height, count)
            for band in first...last { bands[band].append(index) }
        }
        segments = unique
        self.bands = bands
        minY = low
        bandHeight = height
    }

    /// Whether (`x`, `y`) lies inside the outline (an even-odd ray cast to the right).
    func contains(x: Double, y: Double) -> Bool {
        guard y >= minY, y <= minY + bandHeight * Double(bands.count) else { return false }
        var inside = false
        for index in bands[Self.band(y, minY, bandHeight, bands.count)] {
            let segment = segments[index]
            guard (segment.startY > y) != (segment.endY > y) else { continue }
            let crossing =
                segment.startX + (y - segment.startY) * (segment.endX - segment.startX)
                / (segment.endY - segment.startY)
            if x < crossing { inside.toggle() }
        }
        return inside
    }

    /// Whether (`x`, `y`) lies off the board by more than `tolerance` mm.
    func isOff(x: Double, y: Double, tolerance: Double) -> Bool {
        guard x.isFinite, y.isFinite, !contains(x: x, y: y) else { return false }
        let first = Self.band(y - tolerance, minY, bandHeight, bands.count)
        let last = Self.band(y + tolerance, minY, bandHeight, bands.count)
        for band in first...last {
            for index in bands[band] where Self.distance(x, y, segments[index]) <= tolerance { return false }
        }
        return true
    }

    /// How far (`x`, `y`) lies from the nearest edge of the board, in mm.
    func distanceToEdge(x: Double, y: Double) -> Double {
        segments.map { Self.distance(x, y, $0) }.min() ?? 0
    }

    private static func band(_ y: Double, _ minY: Double, _ height: Double, _ count: Int) -> Int {
        let band = ((y - minY) / height).rounded(.down)
        guard band.isFinite else { return 0 }
        return Int(min(max(band, 0), Double(count - 1)))
    }

    /// The distance from a point to a segment.
    private static func distance(_ x: Double, _ y: Double, _ segment: Segment) -> Double {
        let (dx, dy) = (segment.endX - segment.startX, segment.endY - segment.startY)
        let lengthSquared = dx * dx + dy * dy
        var t = lengthSquared > 0 ? ((x - segment.startX) * dx + (y - segment.startY) * dy) / lengthSquared : 0
        t = min(max(t, 0), 1)
        let (px, py) = (segment.startX + t * dx - x, segment.startY + t * dy - y)
        return (px * px + py * py).squareRoot()
    }

    /// A coordinate on a 1 µm grid, for recognising a segment drawn twice.
    private static func grid(_ value: Double) -> Int64 {
        Int64(exactly: (value * 1000).rounded()) ?? Int64.min
    }
}
