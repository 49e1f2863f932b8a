import FullKitArchive
import FullKitCore
import FullKitFormats

/// An XY file's SMD placements judged by the copper's pads alone, where the copper does not name its parts
/// (`%TO.C`): each placement should be the centre of a group of pads (`PadSymmetry`), as footprints are symmetric about
/// the origin CAD tools write. On the corpus, 94.7–100 % of each pack's placements are (1 321 of 1 337), and at most a
/// third of them still are when the file is shifted 1.5–2.5 mm, so a low share marks a stale or shifted XY file. One
/// placement off centre is no evidence (an asymmetric footprint), so for the centring only the share is judged.
///
/// Per part, the pads can still say one thing: a placement on the board that is no pad group's centre and has no pad's
/// copper of its side within `PlacementTolerances.padReachMillimetres` (5 mm by default), nor a drill hole, is placed
/// where the board has nothing to solder it to (`awayFromPads`).
/// On the corpus the farthest real SMD placement lies 4.0 mm from the nearest pad's copper (a module's centre).
public struct PadCentring: Sendable {
    /// A placement with no pad of its side near it.
    public struct AwayFromPads: Sendable, Hashable {
        /// The placement's designator.
        public var designator: String
        /// Its row in the XY file.
        public var location: SourceLocation
        /// Its side.
        public var side: BoardSide
        /// Where the XY file puts it on the board (mm, the Gerbers' frame).
        public var position: BoardPoint
        /// How far the nearest pad's copper of its side lies, in mm, when it was found within `searchRadius` (nil
        /// when none lies that near, or it was not looked for past `maximumNamingVisits`).
        public var distance: Double?
        /// The group of pads around that nearest pad (`PadBoxes.group`): the box around their centres, and how many.
        public var nearestGroup: PadClusters.Cluster?
        /// Where the XY file would put it on the other side (mm), when that is the centre of a group of the other
        /// side's pads: the part is likely listed on the wrong side.
        public var otherSide: BoardPoint?
    }

    /// The XY file's display path.
    public var file: String
    /// Whether the file's origin was itself found by registering its placements onto the pads: its centring then says
    /// nothing of the file (the origin was chosen to fit), only the placements away from pads do.
    public var originByPads: Bool
    /// The SMD placements judged (on a side with pads; not DNP, not through-hole).
    public var judged = 0
    /// Those at the centre of a group of pads.
    public var centred = 0
    /// The first placements that are not, with their rows and board positions (mm).
    public var offCentre: [(designator: String, location: SourceLocation, position: BoardPoint)] = []
    /// Every judged placement that is not (by designator): for the picture, which marks each; the rule judges the
    /// share.
    public var offCentreDesignators: Set<String> = []
    /// Every judged placement that is (by designator).
    public var centredDesignators: Set<String> = []
    /// The judged placements with no pad of their side, nor a hole, within the pad reach, in file order.
    public var awayFromPads: [AwayFromPads] = []
    /// How near a mirrored pad must be, in mm: 0.1 mm, more when the file's coordinates are coarser.
    public var tolerance: Double
    /// Whether the placements after some row were not judged: too many pads crowded around them
    /// (`maximumVisits`).
    public var isPartial = false

    /// The most off-centre placements kept for the message.
    static let examples = 5

    /// The most placements judged per file, evenly spread over it: the share is what is judged, and a hostile file
    /// must not make every row a neighbourhood search.
    static let maximumJudged = 20_000

    /// The most pads looked at per file (over all its placements): past it the rest of the file is not judged
    /// (`isPartial`).
    static let maximumVisits = 20_000_000

    /// The most pads looked at per file to name the pads nearest to placements away from pads: past it they are
    /// still judged, not named.
    static let maximumNamingVisits = 2_000_000

    /// How far the nearest pad is looked for, to name it, in mm.
    static let searchRadius = 20.0

    /// The pad-centring of each XY file whose placements the copper's part names did not judge, looking at no more
    /// than `visits` pads per file; none without pads.
    static func find(
        in pack: AnalyzedPack, pads: PadIndex, sites: PlacementSites, limits: ReadLimits, visits: Int = maximumVisits
    ) -> [PadCentring] {
        guard !pads.isEmpty else { return [] }
        let notPlaced = pack.doNotPlaceDesignators
        // Pads as boxes are needed only where a placement has no pad centre near it: made then, once per side.
        var boxesBySide: [BoardSide: PadBoxes] = [:]
        func padBoxes(_ side: BoardSide) -> PadBoxes {
            if let known = boxesBySide[side] { return known }
            let made = PadBoxes(
                pack.entries.outerCopperPads().filter { $0.side == side }.flatMap(\.pads), limits: limits)
            boxesBySide[side] = made
            return made
        }
        return pack.xyConventions.compactMap { detected -> PadCentring? in
            guard (detected.judgedByPads ?? 0) == 0,
                let list = pack.placementLists.first(where: { $0.entry.path == detected.file })?.content
            else { return nil }
            let convention = detected.convention
            var centring = PadCentring(
                file: detected.file, originByPads: convention.originByPads,
                tolerance: tolerance(list.placements, unit: convention.unit))
            var budget = visits
            let reach = pack.placementTolerances.padReachMillimetres
            var naming = maximumNamingVisits
            let stride = max(1, list.placements.count / maximumJudged)
            for placement in Swift.stride(from: 0, to: list.placements.count, by: stride).map({ list.placements[$0] })
            where !notPlaced.contains(placement.designator) && pack.throughHoleParts[placement.designator] == nil {
                guard let x = placement.x, let y = placement.y, let side = placement.side else { continue }
                let grid = pads.pads(side)
                guard !grid.isEmpty else { continue }
                let point = convention.position(x: x, y: y, side: side)
                let angle = placement.rotation ?? 0
                centring.judged += 1
                let centred = PadSymmetry.isCentre(
                    x: point.x, y: point.y, angles: [angle, -angle], in: grid, tolerance: centring.tolerance,
                    budget: &budget)
                // Too many pads crowded around the placements to judge them all: judged as far as the budget went.
                guard budget >= 0 else {
                    centring.isPartial = true
                    break
                }
                if centred {
                    centring.centred += 1
                    centring.centredDesignators.insert(placement.designator)
                    continue
                }
                centring.offCentreDesignators.insert(placement.designator)
                if centring.offCentre.count < examples {
                    centring.offCentre.append(
                        (placement.designator, placement.location, BoardPoint(x: point.x, y: point.y)))
                }
                // Off the board, XY_OUTSIDE_BOARD names it; on a hole, the part is mounted by it.
                guard !grid.contains(nearX: point.x, y: point.y, within: reach),
                    pack.board?.placementOutside(
                        x: point.x, y: point.y, slack: pack.placementTolerances.outsideBoardMillimetres) == nil,
                    !sites.hasHole(nearX: point.x, y: point.y, within: reach)
                else { continue }
                let boxes = padBoxes(side)
                let near = boxes.nearest(toX: point.x, y: point.y, within: reach, budget: &budget)
                guard budget >= 0 else {
                    centring.isPartial = true
                    break
                }
                guard near == nil else { continue }
                // Named while the naming budget lasts; the judgement above does not depend on it.
                let nearest =
                    naming > 0 ? boxes.nearest(toX: point.x, y: point.y, within: searchRadius, budget: &naming) : nil
                let group = nearest.flatMap { naming > 0 ? boxes.group(around: $0.centre, budget: &naming) : nil }
                let other: BoardSide = side == .top ? .bottom : .top
                let flipped = convention.position(x: x, y: y, side: other)
                let otherSide = PadSymmetry.isCentre(
                    x: flipped.x, y: flipped.y, angles: [angle, -angle], in: pads.pads(other),
                    tolerance: centring.tolerance, budget: &budget)
                centring.awayFromPads.append(
                    AwayFromPads(
                        designator: placement.designator, location: placement.location, side: side,
                        position: BoardPoint(x: point.x, y: point.y), distance: nearest?.distance,
                        nearestGroup: group, otherSide: otherSide ? BoardPoint(x: flipped.x, y: flipped.y) : nil))
            }
            return centring
        }
    }

    /// 0.1 mm, or 1.5 steps of the coarsest grid every coordinate of `placements` lies on (a file written to 0.1 mm
    /// cannot place to 0.01 mm), at most 1 mm.
    static func tolerance(_ placements: [PlacementList.Placement], unit: LengthUnit) -> Double {
        let values = placements.flatMap { [$0.x, $0.y].compactMap { $0 } }
        let step =
            [1.0, 0.1, 0.01, 0.001].first { step in
                values.allSatisfy { value in
                    let steps = value / step
                    return abs(steps - steps.rounded()) < 1e-6 * max(1, abs(steps))
                }
            } ?? 0.0001
        return min(1, max(0.1, 1.5 * step * unit.millimeters))
    }
}
