import FullKitCore

/// One side's outer-copper pads as boxes (their apertures as flashed), for two questions a CAM engineer answers by
/// looking: how far is the nearest pad's copper from a point, and which pads form the group it belongs to (pads whose
/// copper lies within `groupGap` of each other: one footprint's land pattern, where the copper names no parts).
struct PadBoxes: Sendable {
    /// The largest pad kept, in mm (either side of its box): a bigger flash is a pour or a drawing, not a land.
    static let largestPad = 25.0
    /// How far apart two pads' copper may lie and still be one group, in mm: pads of one land pattern are closer
    /// (a chip's pads 0.5–1 mm apart, a fine-pitch row's a few tenths); a group may still span two parts placed
    /// closer than that, so a group only names where the nearest copper is.
    static let groupGap = 1.0
    /// The most pads a group gathers (a hostile layer may link a million pads into one).
    static let largestGroup = 500

    private struct Key: Hashable {
        let x: UInt64
        let y: UInt64
        init(_ point: PointGrid.Point) { (x, y) = (point.x.bitPattern, point.y.bitPattern) }
    }

    private var centres: PointGrid
    /// The half width and half height of the largest pad flashed at each centre.
    private var halfSizes: [Key: (x: Double, y: Double)] = [:]
    /// The largest half width or half height of any pad kept: how much farther than a distance a query looks.
    private var largestHalf = 0.0

    /// The boxes of `pads` (at most `limits.maximumPadsPerCell` centres in a square of the registration grid).
    init(_ pads: [Pad], limits: ReadLimits) {
        centres = CrowdedLayer.grid(limits)
        for pad in pads where pad.x.isFinite && pad.y.isFinite {
            let (halfX, halfY) = (max(0, pad.width) / 2, max(0, pad.height) / 2)
            guard halfX * 2 <= Self.largestPad, halfY * 2 <= Self.largestPad else { continue }
            let key = Key((pad.x, pad.y))
            if let known = halfSizes[key] {
                halfSizes[key] = (max(known.x, halfX), max(known.y, halfY))
            } else {
                let count = centres.count
                centres.insert((pad.x, pad.y))
                guard centres.count > count else { continue }
                halfSizes[key] = (halfX, halfY)
            }
            largestHalf = max(largestHalf, halfX, halfY)
        }
    }

    /// Whether no pad is kept.
    var isEmpty: Bool { centres.isEmpty }

    /// The copper box of the pad centred at `centre`.
    private func box(_ centre: PointGrid.Point) -> Extent {
        let half = halfSizes[Key(centre)] ?? (0, 0)
        return Extent(
            minX: centre.x - half.x, minY: centre.y - half.y, maxX: centre.x + half.x, maxY: centre.y + half.y)
    }

    /// The pad whose copper lies nearest to (`x`, `y`): its centre and how far its copper is (0 on it), when some
    /// pad's copper lies within `radius` mm. Each pad looked at is subtracted from `budget`; once it is spent the
    /// answer is the nearest of those looked at.
    func nearest(toX x: Double, y: Double, within radius: Double, budget: inout Int) -> (
        centre: PointGrid.Point, distance: Double
    )? {
        var best: (centre: PointGrid.Point, distance: Double)?
        var spent = 0
        centres.scan(in: Extent(x: x, y: y, margin: radius + largestHalf)) { centre in
            spent += 1
            let distance = box(centre).distance(toX: x, y: y)
            if distance <= radius, distance < best?.distance ?? .infinity { best = (centre, distance) }
            return spent < budget
        }
        budget -= spent
        return best
    }

    /// The group of pads around the pad centred at `centre`: every pad reached from it by steps of at most
    /// `groupGap` between copper edges (at most `largestGroup` pads): the box around their centres and their count.
    /// Each pad looked at is subtracted from `budget`; once it is spent the group is what was gathered.
    func group(around centre: PointGrid.Point, budget: inout Int) -> PadClusters.Cluster {
        var extent = Extent(x: centre.x, y: centre.y)
        var seen: Set<Key> = [Key(centre)]
        var queue = [box(centre)]
        var next = 0
        while next < queue.count, seen.count < Self.largestGroup, budget > 0 {
            let current = queue[next]
            next += 1
            let window = Extent(
                minX: current.minX - Self.groupGap - largestHalf, minY: current.minY - Self.groupGap - largestHalf,
                maxX: current.maxX + Self.groupGap + largestHalf, maxY: current.maxY + Self.groupGap + largestHalf)
            centres.scan(in: window) { centre in
                budget -= 1
                guard budget > 0, seen.count < Self.largestGroup, !seen.contains(Key(centre)) else { return budget > 0 }
                let other = box(centre)
                let gapX = max(0, max(other.minX - current.maxX, current.minX - other.maxX))
                let gapY = max(0, max(other.minY - current.maxY, current.minY - other.maxY))
                guard (gapX * gapX + gapY * gapY).squareRoot() <= Self.groupGap else { return true }
                seen.insert(Key(centre))
                queue.append(other)
                extent = extent.union(Extent(x: centre.x, y: centre.y))
                return true
            }
        }
        return PadClusters.Cluster(extent: extent, pads: seen.count)
    }
}
