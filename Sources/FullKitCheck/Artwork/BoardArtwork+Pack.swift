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
            if let image = entry.gerber?.image {
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
                guard kind == .outline || side == .top || side == .bottom else { continue }
                layers.append(Layer(file: entry.path, kind: kind, side: side, image: image))
                if let layerExtent = entry.gerber?.extent { extent.formUnion(layerExtent) }
            } else if identification.role == .drill, let document = entry.excellon {
                layers.append(Layer(file: entry.path, kind: .drill, side: nil, image: Self.image(of: document)))
            }
        }
        self.init(layers: layers, extent: pack.board?.extent ?? extent)
    }

    /// The holes and slot centres of `document` as flashes of round apertures, one per diameter (0.3 mm where the
    /// file gives none).
    static func image(of document: ExcellonDocument) -> GerberImage {
        var image = GerberImage()
        var codes: [Double: Int] = [:]
        for hole in document.holes + document.slots {
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
            image.objects.append(
                .flash(aperture: code, at: BoardPoint(x: hole.x, y: hole.y), transform: ApertureTransform(), dark: true)
            )
        }
        return image
    }
}
