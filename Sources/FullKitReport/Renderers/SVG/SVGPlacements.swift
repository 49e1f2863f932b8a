import FullKitCore

/// The placements over the board: a cross in the colour of what the check made of each, and its designator beside it
/// (turned upright, and read left to right on the mirrored bottom too). One group per placement, so a page can find
/// it by its designator (`data-designator`, escaped).
enum SVGPlacements {
    /// Each status's colour.
    static let colours: [BoardArtwork.Placement.Status: String] = [
        .onPads: "#34c759", .offPads: "#ff3b30", .notCentred: "#ff6b9a", .notInBOM: "#ff9500", .doNotPlace: "#8e8e93",
        .explained: "#5ac8fa", .placed: "#ffffff",
    ]

    /// The group of `placements` for a board of `extent`, its text turned for a `mirrored` view.
    static func elements(_ placements: [BoardArtwork.Placement], extent: Extent, mirrored: Bool) -> String {
        let size = max(max(extent.width, extent.height) * 0.004, 0.25)
        let (arm, font, line) = (
            SVGPath.format(size), SVGPath.format(max(max(extent.width, extent.height) * 0.009, 0.5)),
            SVGPath.format(size / 3)
        )
        var text = "<g class=\"layer placements\" font-family=\"sans-serif\" font-size=\"\(font)\">"
        for placement in placements {
            let colour = colours[placement.status]!
            let (x, y) = (SVGPath.format(placement.position.x), SVGPath.format(placement.position.y))
            text +=
                "<g class=\"placement \(placement.status.rawValue)\" data-designator=\"\(XMLText.escaped(placement.designator))\">"
            text +=
                "<path d=\"M\(x) \(y)m-\(arm) 0h\(SVGPath.format(2 * size))m-\(arm) -\(arm)v\(SVGPath.format(2 * size))\" stroke=\"\(colour)\" stroke-width=\"\(line)\" fill=\"none\"/>"
            text +=
                "<text transform=\"translate(\(x) \(y)) scale(\(mirrored ? -1 : 1),-1)\" x=\"\(arm)\" y=\"-\(arm)\" fill=\"\(colour)\">\(XMLText.escaped(placement.designator))</text></g>"
        }
        return text + "</g>"
    }
}
