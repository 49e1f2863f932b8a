import FullKitArchive
import FullKitCore
import FullKitFormats

/// An XY file's SMD placements judged by the copper's pads alone, where the copper does not name its parts
/// (`%TO.C`): each placement should be the centre of a group of pads (`PadSymmetry`), as footprints are symmetric about
/// the origin CAD tools write. On the corpus, 94.7–100 % of each pack's placements are (1 321 of 1 337), and at most a
/// third of them still are when the file is shifted 1.5–2.5 mm, so a low share marks a stale or shifted XY file. One
/// placement off is no evidence (an asymmetric footprint), so only the share is judged.
public struct PadCentring: Sendable {
    /// The XY file's display path.
    public var file: String
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
    /// How near a mirrored pad must be, in mm: 0.1 mm, more when the file's coordinates are coarser.
    public var tolerance: Double

    /// The most off-centre placements kept for the message.
    static let examples = 5

    /// The most placements judged per file, evenly spread over it: the share is what is judged, and a hostile file
    /// must not make every row a neighbourhood search.
    static let maximumJudged = 20_000

    /// The most pads looked at per file (over all its placements): past it the file is not judged.
    static let maximumVisits = 20_000_000

    /// The pad-centring of each XY file whose placements the copper's part names did not judge, under a convention
    /// whose origin was not itself found from the pads; none without pads.
    static func find(in pack: AnalyzedPack, pads: PadIndex) -> [PadCentring] {
        guard !pads.isEmpty else { return [] }
        let notPlaced = pack.doNotPlaceDesignators
        return pack.xyConventions.compactMap { detected -> PadCentring? in
            guard (detected.judgedByPads ?? 0) == 0, !detected.convention.originByPads,
                let list = pack.placementLists.first(where: { $0.entry.path == detected.file })?.content
            else { return nil }
            let convention = detected.convention
            var centring = PadCentring(
                file: detected.file, tolerance: tolerance(list.placements, unit: convention.unit))
            var budget = maximumVisits
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
                // Too many pads crowded around the placements to judge them all: the file is not judged.
                guard budget >= 0 else { return nil }
                if centred {
                    centring.centred += 1
                    centring.centredDesignators.insert(placement.designator)
                } else {
                    centring.offCentreDesignators.insert(placement.designator)
                    if centring.offCentre.count < examples {
                        centring.offCentre.append(
                            (placement.designator, placement.location, BoardPoint(x: point.x, y: point.y)))
                    }
                }
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
