import FullKitArchive
import FullKitCore
import FullKitFormats

/// A through drill file's X2 span (`; #@! TF.FileFunction,Plated,1,4,PTH`: layers 1 to 4) ends at the pack's
/// bottom copper layer: a through hole drilled from layer 1 to layer 4 says the board has four copper layers, so two
/// copper layers beside it mean two are missing, and six mean the drill file was made for another stack. Blind and
/// buried spans are not through holes and are not read here.
struct LayerCountDrillSpan: PackRule {
    let rule = Rule(
        id: "LAYER_COUNT_DRILL_SPAN", severity: .error,
        summary:
            "A through drill file's layer span (X2 .FileFunction Plated,1,4,PTH) matches the copper layers present.",
        rationale:
            "The drill file states how many copper layers its holes pass through; a different number of copper files means a layer is missing or the drill is from another stack-up.",
        fix: "Export every copper layer and the drill files together, from one stack-up.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        // Layers, not files: two copies of a layer (another revision beside it) are PACK_AMBIGUOUS_FILE's to report.
        let copper = Set(pack.entries(.copper).map(Self.layerKey)).count
        guard copper > 0 else { return [] }
        // One finding for the pack: the first drill file that disagrees, the others beside it.
        let disagreeing = pack.entries(.drill).compactMap { entry -> (PackEntry, [String], Int)? in
            guard let fields = entry.excellon?.attributes.fileFunction ?? entry.gerber?.attributes.fileFunction,
                let layers = Self.throughSpan(fields), layers != copper
            else { return nil }
            return (entry, fields, layers)
        }
        guard let (entry, fields, layers) = disagreeing.first else { return [] }
        return [
            Finding(
                rule,
                "the drill file's .FileFunction \(fields.joined(separator: ",")) drills through layers 1 to \(layers); the pack has \(copper) copper layer\(copper == 1 ? "" : "s")",
                file: entry.path,
                related: disagreeing.dropFirst().map {
                    RelatedLocation(file: $0.0.path, location: nil, note: "also drills through layers 1 to \($0.2)")
                })
        ]
    }

    /// Which copper layer `entry` is: top, bottom, an inner layer by number, or an unnumbered inner layer by path.
    private static func layerKey(_ entry: PackEntry) -> String {
        let id = entry.identification
        switch id.side {
        case .top: return "top"
        case .bottom: return "bottom"
        default: return id.copperLayer.map { "L\($0)" } ?? entry.path
        }
    }

    /// The last layer of a through span (`Plated,1,4,PTH`, `NonPlated,1,4,NPTH`, `MixedPlating,1,4`), or nil for a
    /// blind or buried span or fields that state none.
    static func throughSpan(_ fields: [String]) -> Int? {
        guard fields.count >= 3, ["Plated", "NonPlated", "MixedPlating"].contains(fields[0]), fields[1] == "1",
            let last = Int(fields[2]), last >= 2
        else { return nil }
        if fields.count > 3, !["PTH", "NPTH"].contains(fields[3]) { return nil }
        return last
    }
}
