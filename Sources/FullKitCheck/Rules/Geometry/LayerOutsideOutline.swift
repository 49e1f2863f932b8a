import FullKitArchive
import FullKitCore
import FullKitFormats

/// Each copper, mask, paste and drill file fits the outline's extent.
struct LayerOutsideOutline: PackRule {
    let rule = Rule(
        id: "LAYER_OUTSIDE_OUTLINE", severity: .error,
        summary: "Each copper, mask, paste and drill file fits inside the board outline's extent.",
        rationale: "A layer larger than the board, or offset from it, is probably from another board or revision.",
        fix: "Export every layer of one board together, with the same origin; remove layers of other boards.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard let board = pack.board else { return [] }
        let outline = board.extent
        return pack.entries.compactMap { entry in
            guard [.copper, .soldermask, .paste, .drill].contains(entry.identification.role), let extent = entry.extent
            else {
                return nil
            }
            let outside = max(
                outline.minX - extent.minX, outline.minY - extent.minY, extent.maxX - outline.maxX,
                extent.maxY - outline.maxY)
            guard outside > board.tolerance else { return nil }
            return Finding(
                rule,
                "\(entry.path) reaches \(LengthWords.millimetres(outside)) beyond the board outline (\(LengthWords.box(extent)) vs the outline's \(LengthWords.box(outline))): it is probably from another board or revision",
                file: entry.path, distanceMillimeters: outside)
        }
    }
}
