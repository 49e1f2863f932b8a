import FullKitArchive
import FullKitCore
import FullKitFormats

/// No two through-hole parts are placed at the same spot on opposite sides: one set of holes takes one part. The
/// mark of a reversible board (one PCB built as the left or the right half by fitting parts on one side or the
/// other) whose pack does not say which side each build gets. A pair where the BOM marks either part do-not-place
/// is how a pack says it, and passes.
struct XYThroughHoleBothSides: PackRule {
    let rule = Rule(
        id: "XY_THROUGH_HOLE_BOTH_SIDES", severity: .error,
        summary:
            "Two through-hole parts are placed at the same X/Y on opposite sides (a reversible board whose build side is not stated).",
        rationale:
            "One set of holes takes one part: the assembler cannot fit both, and the pack does not say which side this build gets.",
        fix:
            "Mark the parts of the side not built as do-not-place in the BOM (or drop them from the XY file), or ship one pack per build."
    )

    /// Positions closer than this (mm) are the same spot.
    static let sameSpot = 0.01

    /// One placed part on the board, in board millimetres.
    private struct Spot {
        let placement: PlacementList.Placement
        let file: String
        let x: Double
        let y: Double
        let throughHole: String?
    }

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        let notPlaced = pack.doNotPlaceDesignators
        var top: [Spot] = []
        var bottom: [Spot] = []
        for list in pack.placementLists {
            let convention = pack.xyConventions.first { $0.file == list.entry.path }?.convention
            let scale = (list.content.unit ?? .millimeter).millimeters
            for placement in list.content.placements where !notPlaced.contains(placement.designator) {
                guard let x = placement.x, let y = placement.y, let side = placement.side else { continue }
                let point = convention?.position(x: x, y: y, side: side) ?? (x: x * scale, y: y * scale)
                // Absurd coordinates (reported by the reader) have no neighbours worth finding.
                guard abs(point.x) < 1e9, abs(point.y) < 1e9 else { continue }
                let spot = Spot(
                    placement: placement, file: list.entry.path, x: point.x, y: point.y,
                    throughHole: throughHoleEvidence(placement, classifier: pack.classifier))
                if side == .top { top.append(spot) } else if side == .bottom { bottom.append(spot) }
            }
        }
        guard !top.isEmpty, !bottom.isEmpty else { return [] }
        var bottomByCell: [Cell: [Spot]] = [:]
        for spot in bottom { bottomByCell[Cell(spot), default: []].append(spot) }
        func twin(of spot: Spot) -> Spot? {
            Cell(spot).neighbourhood.lazy.compactMap { bottomByCell[$0] }.joined().first {
                abs($0.x - spot.x) <= Self.sameSpot && abs($0.y - spot.y) <= Self.sameSpot
            }
        }
        let twins = top.compactMap { spot in twin(of: spot).map { (spot, $0) } }
        let share = "\(twins.count) of \(top.count) top placements have a bottom twin at the same X/Y"
        return twins.compactMap { upper, lower in
            guard let upperReason = upper.throughHole, let lowerReason = lower.throughHole else { return nil }
            return Finding(
                rule,
                "\(upper.placement.designator) (top) and \(lower.placement.designator) (bottom) are both through-hole (\(upperReason); \(lowerReason)) and placed at (\(LengthWords.millimetres(upper.x)), \(LengthWords.millimetres(upper.y))): one set of holes cannot take both; \(share)",
                file: upper.file, location: upper.placement.location,
                designators: [upper.placement.designator, lower.placement.designator],
                related: [
                    RelatedLocation(
                        file: lower.file, location: lower.placement.location,
                        note: "\(lower.placement.designator) on the bottom")
                ])
        }
    }

    /// Why `placement` is through-hole (its XY type column, or its footprint, device or description), or nil.
    private func throughHoleEvidence(_ placement: PlacementList.Placement, classifier: DifferenceClassifier) -> String?
    {
        if let type = placement.mountType {
            return type == .throughHole || type == .mixed
                ? "\(placement.designator): the XY type column says \(type.rawValue)" : nil
        }
        guard
            case .throughHole(let reason) = classifier.explain(
                designator: placement.designator, footprint: placement.footprint,
                description: placement.description, mayBeThroughHole: true)
        else { return nil }
        return "\(placement.designator): \(reason)"
    }

    /// A square of `sameSpot` on the board, to find neighbours without comparing every pair.
    private struct Cell: Hashable {
        let column: Int
        let row: Int

        init(_ spot: Spot) {
            self.init(
                column: Int((spot.x / XYThroughHoleBothSides.sameSpot).rounded(.down)),
                row: Int((spot.y / XYThroughHoleBothSides.sameSpot).rounded(.down)))
        }

        init(column: Int, row: Int) {
            self.column = column
            self.row = row
        }

        /// This cell and the eight around it.
        var neighbourhood: [Cell] {
            (-1...1).flatMap { dx in (-1...1).map { dy in Cell(column: column + dx, row: row + dy) } }
        }
    }
}
