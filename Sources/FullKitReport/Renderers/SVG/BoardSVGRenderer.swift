import FullKitCore

/// Draws the board as one SVG, to scale (1 user unit = 1 mm): the layers of one side stacked from copper up to the
/// outline, drill holes through them, seen from that side (the bottom mirrored, as seen from below). Each layer is a
/// group with its kind, side and file (`data-file`, escaped), so a page can toggle it.
public enum BoardSVGRenderer {
    /// Each kind's colour and opacity.
    static let styles: [BoardArtwork.Kind: (colour: String, opacity: String)] = [
        .copper: ("#d08a3a", "1"), .soldermask: ("#7ee0a8", "0.45"), .paste: ("#b8b8b8", "0.7"),
        .silkscreen: ("#f4f4f4", "0.9"), .drill: ("#101010", "1"), .outline: ("#f2d53c", "1"),
    ]

    /// A point marked over the board: a finding's position.
    public struct Marker: Sendable {
        /// What names it (`data-marker`): the same mark may appear in more than one drawing of a page.
        public var id: String
        /// Where, in mm.
        public var position: BoardPoint
        /// The finding's severity, which gives the colour.
        public var severity: Severity

        /// A marker `id` at `position` of `severity`.
        public init(id: String, position: BoardPoint, severity: Severity) {
            (self.id, self.position, self.severity) = (id, position, severity)
        }
    }

    /// The board seen from `side` (top or bottom), with the layers of `kinds` and `markers` over them (ringed, in the
    /// severity's colour); an SVG document.
    public static func render(
        _ artwork: BoardArtwork, side: BoardSide, kinds: Set<BoardArtwork.Kind> = Set(BoardArtwork.Kind.allCases),
        markers: [Marker] = []
    ) -> String {
        let layers = artwork.layers.enumerated()
            .filter { kinds.contains($0.element.kind) && ($0.element.side == nil || $0.element.side == side) }
            .sorted { ($0.element.kind, $0.offset) < ($1.element.kind, $1.offset) }
        let extent = artwork.extent ?? Extent(x: 0, y: 0, margin: 1)
        let margin = max(extent.width, extent.height) * 0.02 + 1
        let (width, height) = (extent.width + 2 * margin, extent.height + 2 * margin)
        let bottom = side == .bottom
        let viewX = bottom ? -(extent.maxX + margin) : extent.minX - margin
        let viewY = -(extent.maxY + margin)
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"board \(side.rawValue)\" viewBox=\"\(SVGPath.format(viewX)) \(SVGPath.format(viewY)) \(SVGPath.format(width)) \(SVGPath.format(height))\" width=\"\(SVGPath.format(width))mm\" height=\"\(SVGPath.format(height))mm\">"
        svg +=
            "<rect class=\"substrate\" x=\"\(SVGPath.format(viewX))\" y=\"\(SVGPath.format(viewY))\" width=\"\(SVGPath.format(width))\" height=\"\(SVGPath.format(height))\" fill=\"#14281d\"/>"
        svg += "<g transform=\"scale(\(bottom ? -1 : 1),-1)\">"
        for (index, layer) in layers {
            let style = styles[layer.kind]!
            let drawing = SVGLayerDrawing(image: layer.image, extent: extent)
            svg +=
                "<g class=\"layer \(layer.kind.rawValue)\" data-side=\"\(layer.side?.rawValue ?? "both")\" data-file=\"\(XMLText.escaped(layer.file))\" opacity=\"\(style.opacity)\">"
            svg += drawing.elements(colour: style.colour, idPrefix: "l\(index)")
            svg += "</g>"
        }
        let placements = artwork.placements.filter { $0.side == side }
        if !placements.isEmpty {
            svg += SVGPlacements.elements(placements, extent: extent, mirrored: bottom)
        }
        if !markers.isEmpty {
            let radius = SVGPath.format(max(max(extent.width, extent.height) * 0.012, 0.4))
            svg +=
                "<g class=\"markers\" fill=\"none\" stroke-width=\"\(SVGPath.format(max(extent.width, extent.height) * 0.004))\">"
            for marker in markers {
                let colour = marker.severity == .error ? "#ff3b30" : marker.severity == .warning ? "#ffcc00" : "#5ac8fa"
                svg +=
                    "<circle class=\"marker \(marker.severity.rawValue)\" data-marker=\"\(XMLText.escaped(marker.id))\" cx=\"\(SVGPath.format(marker.position.x))\" cy=\"\(SVGPath.format(marker.position.y))\" r=\"\(radius)\" stroke=\"\(colour)\"/>"
            }
            svg += "</g>"
        }
        svg += "</g></svg>\n"
        return svg
    }
}
