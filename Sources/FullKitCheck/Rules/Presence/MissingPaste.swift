import FullKitArchive
import FullKitCore
import FullKitFormats

/// In an assembly pack, each side with SMD parts to solder has paste. Parts the BOM marks do-not-place, placements
/// that are no part (fiducials, holes, test pads) and through-hole parts (soldered by wave or hand) need no stencil.
struct MissingPaste: PackRule {
    let rule = Rule(
        id: "MISSING_PASTE", severity: .error,
        summary: "Each side with placed SMD parts has a paste (stencil) layer; through-hole parts need none.",
        rationale: "Without a paste layer no stencil can be cut for that side.",
        fix: "Add the paste Gerber for that side (.GTP / F_Paste, .GBP / B_Paste).")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard policy.profile == .assembly else { return [] }
        let placed = placedParts(pack)
        return [BoardSide.top, .bottom].compactMap { side in
            guard let parts = placed[side], !parts.isEmpty, pack.entries(.paste, side: side).isEmpty else { return nil }
            let named = parts.prefix(5).joined(separator: ", ") + (parts.count > 5 ? ", …" : "")
            return Finding(
                rule,
                "\(parts.count) part\(parts.count == 1 ? " is" : "s are") placed on the \(side.rawValue) side (\(named)), but there is no \(side.rawValue) paste layer",
                designators: Array(parts.prefix(20)))
        }
    }

    /// The designators the XY files place on each side (a file without a side column: the side its name gives, else
    /// top), leaving out what the BOM marks do-not-place and what is no part.
    private func placedParts(_ pack: AnalyzedPack) -> [BoardSide: [String]] {
        let notPlaced = pack.doNotPlaceDesignators
        var parts: [BoardSide: [String]] = [:]
        for list in pack.placementLists {
            for placement in list.content.placements
            where !notPlaced.contains(placement.designator) && pack.throughHoleParts[placement.designator] == nil {
                if case .notAPart = pack.classifier.explain(
                    designator: placement.designator, footprint: placement.footprint,
                    description: placement.description, mayBeThroughHole: false)
                {
                    continue
                }
                parts[placement.side ?? list.entry.identification.side ?? .top, default: []].append(
                    placement.designator)
            }
        }
        return parts
    }
}
