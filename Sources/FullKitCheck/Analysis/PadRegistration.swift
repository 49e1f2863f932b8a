import FullKitCore
import FullKitFormats

/// How one XY file's placements sit on the pads the copper names for them (X2 `%TO.C`), under the file's detected
/// convention: decided once here, read by `XY_OFF_PADS` and by the report.
///
/// An SMD placement is on its pads within 0.5 mm (or a quarter of its pads' span) of the centre of the box around
/// them; a through-hole one within 5 mm of that box (its origin is pin 1 in some libraries, the body centre in
/// others). An SMD part whose pads are all on the other side is placed on the wrong side (`wrongSide`); a through-hole
/// part's is not judged (a key switch listed on top with its hot-swap socket's pads on the bottom copper).
public struct PadRegistration: Sendable, Hashable {
    /// A placement away from its pads.
    public struct Offset: Sendable, Hashable {
        /// The placement's designator.
        public var designator: String
        /// Its row in the XY file.
        public var location: SourceLocation
        /// Its board position under the convention, in millimetres.
        public var x: Double
        /// Y of its board position, in millimetres.
        public var y: Double
        /// Its side.
        public var side: BoardSide
        /// The pads it was judged against.
        public var cluster: PadClusters.Cluster
        /// Whether it is a through-hole part (judged by its distance to the pads' box).
        public var throughHole: Bool
        /// Its distance from the pads' centre (SMD) or box (through-hole), in millimetres.
        public var distance: Double
        /// The distance allowed, in millimetres.
        public var allowed: Double
    }

    /// The XY file's display path.
    public var file: String
    /// Placements whose pads the copper names on their side.
    public var judged = 0
    /// Of those, how many lie on them.
    public var onPads = 0
    /// The others.
    public var offsets: [Offset] = []
    /// Every placement judged, with its pads' centre and the distance, in file order.
    public var matches: [PlacementMatch] = []
    /// SMD placements whose named pads are all on the other outer copper layer: placed on the wrong side.
    public var wrongSide: [WrongSide] = []
    /// The through-hole placements on their pads' reach that lie neither on a pad nor at their centre
    /// (`ThroughHoleOrigin.elsewhere`), with their rows: judged against the pack's habit.
    public var originsElsewhere: [OriginElsewhere] = []

    /// A through-hole placement on its pads' reach, neither on a pad nor at their centre.
    public struct OriginElsewhere: Sendable, Hashable {
        /// How it lies on its pads.
        public var match: PlacementMatch
        /// Its row in the XY file.
        public var location: SourceLocation
    }

    /// A placement whose pads the copper names only on the other side.
    public struct WrongSide: Sendable, Hashable {
        /// The placement's designator.
        public var designator: String
        /// Its row in the XY file.
        public var location: SourceLocation
        /// The side the XY file places it on.
        public var side: BoardSide
        /// Its pads on the other side.
        public var cluster: PadClusters.Cluster
        /// Where the XY file puts it on the board (mm, the Gerbers' frame).
        public var position: BoardPoint
    }

    /// Where a through-hole placement at (`x`, `y`) lies against its pads `cluster`: on one of them, at the centre of
    /// their box, or elsewhere.
    static func origin(x: Double, y: Double, cluster: PadClusters.Cluster) -> ThroughHoleOrigin {
        if cluster.hasPad(nearX: x, y: y, within: ThroughHoleOrigin.padReach) { return .onPad }
        let box = cluster.extent
        let (dx, dy) = (x - (box.minX + box.maxX) / 2, y - (box.minY + box.maxY) / 2)
        return (dx * dx + dy * dy).squareRoot() <= ThroughHoleOrigin.centreReach ? .padsCentre : .elsewhere
    }

    /// The registration of each XY file of `pack` that has a detected convention; empty when the copper names no pad.
    static func find(in pack: AnalyzedPack) -> [PadRegistration] {
        guard !pack.padClusters.isEmpty else { return [] }
        let notPlaced = pack.doNotPlaceDesignators
        return pack.xyConventions.compactMap { detected in
            guard let list = pack.placementLists.first(where: { $0.entry.path == detected.file }) else { return nil }
            var registration = PadRegistration(file: detected.file)
            for placement in list.content.placements where !notPlaced.contains(placement.designator) {
                guard let x = placement.x, let y = placement.y, let side = placement.side else { continue }
                guard let cluster = pack.padClusters.clusters[placement.designator]?[side] else {
                    // Pads only on the other side: an SMD part placed on the wrong side. A through-hole part's pads
                    // are on both sides, or on the other one by design (a hot-swap socket under a key switch).
                    let other: BoardSide = side == .top ? .bottom : .top
                    if let pads = pack.padClusters.clusters[placement.designator]?[other],
                        pack.throughHoleParts[placement.designator] == nil
                    {
                        let point = detected.convention.position(x: x, y: y, side: side)
                        registration.wrongSide.append(
                            WrongSide(
                                designator: placement.designator, location: placement.location, side: side,
                                cluster: pads, position: BoardPoint(x: point.x, y: point.y)))
                    }
                    continue
                }
                let point = detected.convention.position(x: x, y: y, side: side)
                let box = cluster.extent
                let throughHole = pack.throughHoleParts[placement.designator] != nil
                let (distance, allowed): (Double, Double)
                if throughHole {
                    (distance, allowed) = (
                        box.distance(toX: point.x, y: point.y), pack.placementTolerances.throughHoleReachMillimetres
                    )
                } else {
                    let (dx, dy) = (point.x - (box.minX + box.maxX) / 2, point.y - (box.minY + box.maxY) / 2)
                    (distance, allowed) = (
                        (dx * dx + dy * dy).squareRoot(), pack.placementTolerances.smdTolerance(for: cluster)
                    )
                }
                registration.judged += 1
                let match = PlacementMatch(
                    designator: placement.designator, side: side, x: point.x, y: point.y,
                    padsX: (box.minX + box.maxX) / 2, padsY: (box.minY + box.maxY) / 2, pads: cluster.pads,
                    throughHole: throughHole, distance: distance, allowed: allowed,
                    throughHoleOrigin: throughHole ? origin(x: point.x, y: point.y, cluster: cluster) : nil)
                registration.matches.append(match)
                if distance <= allowed {
                    registration.onPads += 1
                    if match.throughHoleOrigin == .elsewhere {
                        registration.originsElsewhere.append(
                            OriginElsewhere(match: match, location: placement.location))
                    }
                } else {
                    registration.offsets.append(
                        Offset(
                            designator: placement.designator, location: placement.location, x: point.x, y: point.y,
                            side: side, cluster: cluster, throughHole: throughHole, distance: distance,
                            allowed: allowed))
                }
            }
            return registration
        }
    }
}
