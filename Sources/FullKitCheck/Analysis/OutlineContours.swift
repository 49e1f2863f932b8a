import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// Whether an outline's drawn segments close: every end point must meet another end point. The open ends, paired
/// nearest first, are the gaps.
enum OutlineContours {
    /// The gaps in `segments`, where end points closer than `tolerance` (mm) count as meeting.
    static func gaps(_ segments: [Segment], tolerance: Double = 0.01) -> [OutlineGap] {
        // Degree of each end point, on a grid of `tolerance`; odd degree is an open end.
        var degree: [Key: Int] = [:]
        var position: [Key: (Double, Double)] = [:]
        for segment in segments {
            for (x, y) in [(segment.startX, segment.startY), (segment.endX, segment.endY)] {
                // Coordinates come from the file: a value beyond Int's range gets a key of its own, never a trap.
                let key = Key(
                    x: Int(exactly: (x / tolerance).rounded()) ?? Int.min,
                    y: Int(exactly: (y / tolerance).rounded()) ?? Int.min)
                degree[key, default: 0] += 1
                position[key] = (x, y)
            }
        }
        var open = degree.filter { $0.value % 2 == 1 }.keys.sorted { ($0.x, $0.y) < ($1.x, $1.y) }
        // Points that fell into neighbouring grid cells still meet.
        var merged: [Key] = []
        while let first = open.first {
            open.removeFirst()
            if let partner = open.firstIndex(where: { $0.isNeighbour(of: first) }) {
                open.remove(at: partner)
            } else {
                merged.append(first)
            }
        }
        var gaps: [OutlineGap] = []
        var ends = merged.map { position[$0]! }
        while let (x, y) = ends.first {
            ends.removeFirst()
            guard
                let nearest = ends.indices.min(by: {
                    distance(x, y, ends[$0].0, ends[$0].1) < distance(x, y, ends[$1].0, ends[$1].1)
                })
            else {
                gaps.append(OutlineGap(fromX: x, fromY: y, toX: x, toY: y, width: 0))
                break
            }
            let (toX, toY) = ends.remove(at: nearest)
            gaps.append(OutlineGap(fromX: x, fromY: y, toX: toX, toY: toY, width: distance(x, y, toX, toY)))
        }
        return gaps
    }

    private static func distance(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> Double {
        ((x1 - x2) * (x1 - x2) + (y1 - y2) * (y1 - y2)).squareRoot()
    }

    private struct Key: Hashable {
        var x: Int
        var y: Int

        /// Whether the two grid cells touch (compared without subtracting, so extreme keys cannot overflow).
        func isNeighbour(of other: Key) -> Bool {
            (x == other.x || x == other.x &+ 1 || x == other.x &- 1)
                && (y == other.y || y == other.y &+ 1 || y == other.y &- 1)
        }
    }
}
