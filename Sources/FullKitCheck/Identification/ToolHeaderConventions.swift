import FullKitCore
import FullKitFormats

/// The layer a Gerber's header names in a tool's own words, for files without X2 attributes: Altium's
/// `Layer_Physical_Order=n` comment on copper, Allegro's `Layer: CLASS/SUBCLASS` comments and `Film Name:`, and the
/// deprecated image and layer names (`%INTop Copper*%`, `%LNBOTTOM*%`) that Eagle and older tools write.
enum ToolHeaderConventions {
    /// The claim `header` makes, with the words that made it.
    static func claim(_ header: GerberHeader) -> (claim: LayerClaim, convention: String)? {
        if let order = header.comment("Layer_Physical_Order").flatMap({ Int($0) }), (1...64).contains(order) {
            return (
                LayerClaim(role: .copper, side: order == 1 ? .top : nil, copperLayer: order),
                "Altium header Layer_Physical_Order=\(order)"
            )
        }
        let layers = header.comments("Layer")
        if let (claim, layer) = allegroClaim(layers) {
            return (claim, "Allegro header Layer: \(layer)")
        }
        if let film = header.comment("Film Name"), let (claim, words) = FileNameConventions.claim(forName: film) {
            return (claim, "Allegro film name '\(film)' (\(words))")
        }
        for (command, name) in [("%LN", header.layerName), ("%IN", header.imageName)] {
            guard let name, !name.isEmpty, let (claim, words) = FileNameConventions.claim(forName: name) else {
                continue
            }
            return (claim, "\(command) name '\(name)' (\(words))")
        }
        return nil
    }

    /// The layer Allegro's `Layer: CLASS/SUBCLASS` lines name: copper when an `ETCH` subclass is drawn, else the mask,
    /// paste, silkscreen or assembly subclass, else the board outline. Classes every film carries (keep-outs, the
    /// drawing format) say nothing.
    private static func allegroClaim(_ layers: [String]) -> (LayerClaim, String)? {
        let parsed = layers.compactMap { layer -> (group: String, subclass: String, text: String)? in
            let parts = layer.uppercased().split(separator: "/", maxSplits: 1).map { $0.trimming(" ") }
            return parts.count == 2 ? (parts[0], parts[1], layer) : nil
        }
        guard !parsed.isEmpty else { return nil }
        if let etch = parsed.first(where: { $0.group == "ETCH" }) {
            let side: BoardSide = etch.subclass == "TOP" ? .top : etch.subclass == "BOTTOM" ? .bottom : .inner
            return (LayerClaim(role: .copper, side: side, copperLayer: side == .top ? 1 : nil), etch.text)
        }
        let kinds: [(FileRole, [String])] = [
            (.soldermask, ["SOLDERMASK", "SOLDER_MASK", "FILMMASK"]), (.paste, ["PASTEMASK", "PASTE"]),
            (.silkscreen, ["SILKSCREEN"]), (.drawing, ["ASSEMBLY"]),
        ]
        for (role, words) in kinds {
            guard let layer = parsed.first(where: { layer in words.contains { layer.subclass.contains($0) } }) else {
                continue
            }
            let side: BoardSide? =
                layer.subclass.hasSuffix("TOP") ? .top : layer.subclass.hasSuffix("BOTTOM") ? .bottom : nil
            return (LayerClaim(role: role, side: side), layer.text)
        }
        if let outline = parsed.first(where: { $0.group == "BOARD GEOMETRY" && $0.subclass.hasSuffix("OUTLINE") }),
            parsed.allSatisfy({ $0.group == "BOARD GEOMETRY" || $0.group == "DRAWING FORMAT" })
        {
            return (LayerClaim(role: .outline), outline.text)
        }
        return nil
    }
}
