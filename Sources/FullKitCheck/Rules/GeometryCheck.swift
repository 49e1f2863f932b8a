import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// Everything lies on the board: each fabrication layer's extent fits the outline's extent, and every drill hit and
/// every XY placement (under the detected unit and sign convention) falls inside the outline: inside its closed
/// contours when they close (so a hole in a cut-out or a notch is caught), else inside its extent.
struct GeometryCheck: PackCheck {
    static let layerOutside = Rule(
        id: "LAYER_OUTSIDE_OUTLINE", severity: .error,
        summary: "Each copper, mask, paste and drill file fits inside the board outline's extent.",
        rationale: "A layer larger than the board, or offset from it, is probably from another board or revision.",
        fix: "Export every layer of one board together, with the same origin; remove layers of other boards.")
    static let drillOutside = Rule(
        id: "DRILL_OUTSIDE_BOARD", severity: .error,
        summary: "Every drilled hole lies on the board: inside the outline's closed contours, not in a cut-out or beyond an edge.",
        rationale: "A hole off the board is drilled into nothing or into the panel frame: the drill file is from another board, revision or origin.",
        fix: "Export the drill files again with the Gerbers, from the same design and with the same origin.")
    static let placementOutside = Rule(
        id: "XY_OUTSIDE_BOARD", severity: .error,
        summary: "Every XY placement lies inside the board outline (under the detected unit and sign convention).",
        rationale: "A part outside the board cannot be placed: the XY file is from another board, revision or origin.",
        fix: "Export the XY file again from the same design, with the same origin as the Gerbers.")
    static let unitInferred = Rule(
        id: "XY_UNIT_INFERRED", severity: .warning,
        summary: "The XY file states its unit.",
        rationale: "Without a stated unit the unit is inferred from the outline; a machine programmer must confirm it.",
        fix: "Export the XY file with its unit in the header (e.g. Mid X(mm)) or a unit line.")

    static let openOutline = Rule(
        id: "OUTLINE_OPEN", severity: .error,
        summary: "The board outline's lines and arcs close into contours: every end meets another end.",
        rationale: "An open outline does not define where to cut the board; the fab must guess.",
        fix: "Close the outline in the CAD tool (the gap is named) and export the outline layer again.")

    var rules: [Rule] { [Self.layerOutside, Self.drillOutside, Self.placementOutside, Self.unitInferred, Self.openOutline] }

    func check(_ pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard let board = pack.boardExtent else { return [] }
        let tolerance = XYConvention.tolerance(board)
        var findings: [Finding] = []
        var shape: BoardShape?
        if let outline = pack.entries(.outline).first, case .gerber(let document) = outline.content {
            let gaps = OutlineContours.gaps(document.segments)
            if gaps.isEmpty { shape = BoardShape(segments: document.segments) }
            for gap in gaps.prefix(10) {
                findings.append(Finding(
                    Self.openOutline,
                    "the outline is open: a gap of \(millimetres(gap.width)) between (\(millimetres(gap.fromX)), \(millimetres(gap.fromY))) and (\(millimetres(gap.toX)), \(millimetres(gap.toY)))",
                    file: outline.path))
            }
            if gaps.count > 10 {
                findings.append(Finding(Self.openOutline, "the outline has \(gaps.count - 10) more gaps", file: outline.path))
            }
        }
        for entry in pack.entries where [.copper, .soldermask, .paste, .drill].contains(entry.identification.role) {
            guard let extent = entry.extent else { continue }
            let outside = max(
                board.minX - extent.minX, board.minY - extent.minY, extent.maxX - board.maxX, extent.maxY - board.maxY)
            if outside > tolerance {
                findings.append(Finding(
                    Self.layerOutside,
                    "\(entry.path) reaches \(millimetres(outside)) beyond the board outline (\(describe(extent)) vs the outline's \(describe(board))): it is probably from another board or revision",
                    file: entry.path))
            }
        }
        if let shape {
            findings += holesOff(shape, pack, tolerance: tolerance)
        }
        for detected in pack.xyConventions {
            guard let entry = pack.entries.first(where: { $0.path == detected.file }),
                case .placement(let list) = entry.content
            else { continue }
            let convention = detected.convention
            if list.unit == nil {
                findings.append(Finding(
                    Self.unitInferred,
                    "\(entry.path) does not state its unit; under \(convention.summary), \(detected.inside) of \(detected.placements) placements fit the board",
                    file: entry.path))
            }
            for placement in list.placements {
                guard let x = placement.x, let y = placement.y else { continue }
                let point = convention.position(x: x, y: y, side: placement.side)
                var distance = board.distance(toX: point.x, y: point.y)
                if let shape {
                    guard shape.isOff(x: point.x, y: point.y, tolerance: tolerance) else { continue }
                    distance = shape.distanceToEdge(x: point.x, y: point.y)
                }
                guard distance > tolerance else { continue }
                findings.append(Finding(
                    Self.placementOutside,
                    "\(placement.designator) at (\(millimetres(point.x)), \(millimetres(point.y))) is \(millimetres(distance)) outside the board outline (\(describe(board))), under \(convention.summary)",
                    file: entry.path, location: placement.location, designators: [placement.designator]))
            }
        }
        return findings
    }

    /// One finding per drill file with holes off the board: how many, and the first with its line.
    private func holesOff(_ shape: BoardShape, _ pack: AnalyzedPack, tolerance: Double) -> [Finding] {
        pack.entries(.drill).compactMap { entry in
            guard case .excellon(let document) = entry.content else { return nil }
            let off = document.holes.filter { shape.isOff(x: $0.x, y: $0.y, tolerance: tolerance) }
            guard let first = off.first else { return nil }
            let distance = shape.distanceToEdge(x: first.x, y: first.y)
            let count = off.count == 1 ? "1 hole lies" : "\(off.count) of \(document.holes.count) holes lie"
            return Finding(
                Self.drillOutside,
                "\(count) off the board (in a cut-out or beyond an edge); the first at (\(millimetres(first.x)), \(millimetres(first.y))) is \(millimetres(distance)) from the outline",
                file: entry.path, location: first.location)
        }
    }

    private func millimetres(_ value: Double) -> String { "\((value * 100).rounded() / 100) mm" }

    private func describe(_ extent: Extent) -> String {
        "x \((extent.minX * 100).rounded() / 100)…\((extent.maxX * 100).rounded() / 100), y \((extent.minY * 100).rounded() / 100)…\((extent.maxY * 100).rounded() / 100) mm"
    }
}

extension PackEntry {
    /// The image (Gerber) or hole (drill) extent in millimetres, when the file has one.
    var extent: Extent? {
        switch content {
        case .gerber(let document): document.extent
        case .excellon(let document): document.extent
        default: nil
        }
    }
}
