import FullKitCore
import FullKitFormats
import FullKitReport

extension BoardArtwork {
    /// The artwork of `pack` (analysed with `recordingImages`): its outer copper, mask, paste and silkscreen layers
    /// and its outline by side, and every drill file's holes as round flashes of their tools' diameters; covering the
    /// board's outline (every layer's extent when there is none).
    public init(_ pack: AnalyzedPack) {
        var layers: [Layer] = []
        var extent: Extent?
        for entry in pack.entries {
            let identification = entry.identification
            if let image = entry.gerber?.image, identification.isDrawnOnTheBoard {
                let kind: Kind
                switch identification.role {
                case .copper: kind = .copper
                case .soldermask: kind = .soldermask
                case .paste: kind = .paste
                case .silkscreen: kind = .silkscreen
                case .outline: kind = .outline
                default: continue
                }
                let side = kind == .outline ? nil : identification.side
                layers.append(Layer(file: entry.path, kind: kind, side: side, image: image))
                if let layerExtent = entry.gerber?.extent { extent.formUnion(layerExtent) }
            } else if identification.role == .drill, let document = entry.excellon {
                layers.append(Layer(file: entry.path, kind: .drill, side: nil, image: Self.image(of: document)))
            }
        }
        self.init(layers: layers, extent: pack.board?.extent ?? extent, placements: Self.placements(pack))
    }

    /// The placements of every XY file of `pack` whose convention was found, at their board positions, each with
    /// what the check made of it: its pads (where the copper names them), the BOM's do-not-place, an unexplained or
    /// explained difference between BOM and XY, else placed.
    static func placements(_ pack: AnalyzedPack) -> [Placement] {
        let conventions = Dictionary(pack.xyConventions.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        var differences: [String: DesignatorDifference] = [:]
        for difference in pack.designatorDifferences where difference.kind == .placedOnly {
            differences[difference.designator] = difference
        }
        let notPlaced = pack.doNotPlaceDesignators
        let centrings = Dictionary(pack.padCentrings.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        let away = centrings.mapValues { centring in
            Set(centring.awayFromPads.map { "\($0.side.rawValue) \($0.designator)" })
        }
        var result: [Placement] = []
        for file in pack.placementLists {
            guard let found = conventions[file.entry.path] else { continue }
            let matches = Dictionary(
                (found.matches ?? []).map { ("\($0.side.rawValue) \($0.designator)", $0) },
                uniquingKeysWith: { first, _ in first })
            for placement in file.content.placements {
                guard let x = placement.x, let y = placement.y, let side = placement.side, side != .inner else {
                    continue
                }
                let (px, py) = found.convention.position(x: x, y: y, side: side)
                guard px.isFinite, py.isFinite else { continue }
                let status: Placement.Status
                if let match = matches["\(side.rawValue) \(placement.designator)"] {
                    status = match.onPads ? .onPads : .offPads
                } else if notPlaced.contains(placement.designator) {
                    status = .doNotPlace
                } else if let difference = differences[placement.designator] {
                    status = difference.explanation == nil ? .notInBOM : .explained
                } else if away[file.entry.path]?.contains("\(side.rawValue) \(placement.designator)") == true {
                    status = .offPads
                } else if centrings[file.entry.path]?.offCentreDesignators.contains(placement.designator) == true {
                    status = .notCentred
                } else if centrings[file.entry.path]?.centredDesignators.contains(placement.designator) == true {
                    status = .onPads
                } else {
                    status = .placed
                }
                result.append(
                    Placement(
                        designator: placement.designator, side: side, position: BoardPoint(x: px, y: py),
                        status: status))
            }
        }
        return result
    }

    /// The holes of `document` as flashes of round apertures, one per diameter (0.3 mm where the file gives none), and
    /// its slots as strokes of them from end to end.
    static func image(of document: ExcellonDocument) -> GerberImage {
        var image = GerberImage()
        var codes: [Double: Int] = [:]
        let spans = document.slotHalfSpans
        let drilled =
            document.holes.map { ($0, BoardPoint?.none) }
            + document.slots.enumerated().map { ($0.element, $0.offset < spans.count ? spans[$0.offset] : nil) }
        for (hole, half) in drilled {
            let diameter = hole.diameter.flatMap { $0 > 0 && $0.isFinite ? $0 : nil } ?? 0.3
            let code =
                codes[diameter]
                ?? {
                    let code = 10 + codes.count
                    codes[diameter] = code
                    image.apertures[code] = .circle(diameter: diameter, hole: 0)
                    return code
                }()
            guard image.objects.count < GerberImage.maximumObjects else {
                image.objectsNotKept += 1
                continue
            }
            if let half, half.x != 0 || half.y != 0 {
                image.objects.append(
                    .stroke(
                        aperture: code, from: BoardPoint(x: hole.x - half.x, y: hole.y - half.y),
                        step: .line(to: BoardPoint(x: hole.x + half.x, y: hole.y + half.y)),
                        transform: ApertureTransform(), dark: true))
            } else {
                image.objects.append(
                    .flash(
                        aperture: code, at: BoardPoint(x: hole.x, y: hole.y), transform: ApertureTransform(), dark: true
                    )
                )
            }
        }
        return image
    }
}
