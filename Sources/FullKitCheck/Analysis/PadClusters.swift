import FullKitCore

/// Each part's pads as the copper names them (X2 `%TO.C`, which KiCad 6+ and other X2 writers put on every pad),
/// per outer side: the box around their centres. The box's centre is where an SMD footprint's origin lies in every
/// common library (a pad-centre average would be pulled towards a SOT-223's three small pins, away from its tab).
public struct PadClusters: Sendable {
    /// The box around a part's pad centres on one side, in millimetres, and how many pads it holds.
    public struct Cluster: Sendable, Hashable {
        /// The box around the pad centres.
        public var extent: Extent
        /// The number of pads.
        public var pads: Int
        /// The pads' centres (mm).
        public var centres: [BoardPoint] = []

        /// Whether (`x`, `y`) lies within `radius` mm of one of the pads' centres.
        public func hasPad(nearX x: Double, y: Double, within radius: Double) -> Bool {
            centres.contains { ($0.x - x) * ($0.x - x) + ($0.y - y) * ($0.y - y) <= radius * radius }
        }
    }

    /// The clusters by designator and side.
    public private(set) var clusters: [String: [BoardSide: Cluster]] = [:]

    /// Whether the copper names no pad at all (an older export): nothing can be judged by clusters.
    public var isEmpty: Bool { clusters.isEmpty }

    /// The pad clusters of the outer copper layers among `entries`.
    static func find(in entries: [PackEntry]) -> PadClusters {
        var result = PadClusters()
        for (side, _, pads) in entries.outerCopperPads() {
            for pad in pads where pad.x.isFinite && pad.y.isFinite {
                guard let designator = pad.designator else { continue }
                let point = Extent(x: pad.x, y: pad.y)
                let centre = BoardPoint(x: pad.x, y: pad.y)
                if var cluster = result.clusters[designator]?[side] {
                    cluster.extent = cluster.extent.union(point)
                    cluster.pads += 1
                    cluster.centres.append(centre)
                    result.clusters[designator]?[side] = cluster
                } else {
                    result.clusters[designator, default: [:]][side] = Cluster(
                        extent: point, pads: 1, centres: [centre])
                }
            }
        }
        return result
    }
}
