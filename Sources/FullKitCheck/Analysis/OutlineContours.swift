import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// Whether an outline's drawn segments close: every end point must meet another end point. The open ends, paired
/// nearest first, are the gaps. The segments split into contours, strokes whose ends meet.
enum OutlineContours {
    /// `segments` split into connected contours (segments whose end points meet within `tolerance` mm), each closed
    /// or open, in the order their first segment was drawn.
    static func contours(_ segments: [Segment], tolerance: Double = 0.01) -> [OutlineContour] {
        func key(_ x: Double, _ y: Double) -> Key {
            Key(
                x: Int(exactly: (x / tolerance).rounded()) ?? Int.min,
                y: Int(exactly: (y / tolerance).rounded()) ?? Int.min)
        }
        // Union-find over end points; neighbouring grid cells are the same point.
        var parent: [Key: Key] = [:]
        func root(_ key: Key) -> Key {
            var current = key
            while let next = parent[current], next != current { current = next }
            var walk = key
            while let next = parent[walk], next != current {
                parent[walk] = current
                walk = next
            }
            return current
        }
        func join(_ a: Key, _ b: Key) {
            let (rootA, rootB) = (root(a), root(b))
            if rootA != rootB { parent[rootA] = rootB }
        }
        var degree: [Key: Int] = [:]
        for segment in segments {
            let (start, end) = (key(segment.startX, segment.startY), key(segment.endX, segment.endY))
            for point in [start, end] where parent[point] == nil { parent[point] = point }
            join(start, end)
            degree[start, default: 0] += 1
            degree[end, default: 0] += 1
        }
        for point in Array(parent.keys) {
            for dx in -1...1 {
                for dy in -1...1 where dx != 0 || dy != 0 {
                    let neighbour = Key(x: point.x &+ dx, y: point.y &+ dy)
                    if parent[neighbour] != nil { join(point, neighbour) }
                }
            }
        }
        var order: [Key] = []
        var members: [Key: [Segment]] = [:]
        for segment in segments {
            let group = root(key(segment.startX, segment.startY))
            if members[group] == nil { order.append(group) }
            members[group, default: []].append(segment)
        }
        return order.map { group in
            let drawn = members[group] ?? []
            var extent = Extent(x: drawn[0].startX, y: drawn[0].startY)
            for segment in drawn {
                extent = extent.union(Extent(x: segment.startX, y: segment.startY))
                    .union(Extent(x: segment.endX, y: segment.endY))
            }
            return OutlineContour(segments: drawn, isClosed: gaps(drawn, tolerance: tolerance).isEmpty, extent: extent)
        }
    }

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
