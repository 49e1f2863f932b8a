import FullKitArchive
import FullKitCore
import FullKitFormats

/// In an assembly pack, each side with placed parts has paste.
struct MissingPaste: PackRule {
    let rule = Rule(
        id: "MISSING_PASTE", severity: .error, summary: "Each side with placed parts has a paste (stencil) layer.",
        rationale: "Without a paste layer no stencil can be cut for that side.",
        fix: "Add the paste Gerber for that side (.GTP / F_Paste, .GBP / B_Paste).")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard policy.profile == .assembly else { return [] }
        let placed = placedSides(pack.entries(.placement))
        return [BoardSide.top, .bottom].filter { placed.contains($0) && pack.entries(.paste, side: $0).isEmpty }.map {
            side in
            Finding(rule, "parts are placed on the \(side.rawValue) side, but there is no \(side.rawValue) paste layer")
        }
    }

    /// The sides the XY files place parts on (a file without a side column: the side its name gives, else top).
    private func placedSides(_ placements: [PackEntry]) -> Set<BoardSide> {
        var sides = Set<BoardSide>()
        for entry in placements {
            guard let list = entry.placementList else { continue }
            sides.formUnion(list.sides)
            if list.sides.isEmpty, !list.placements.isEmpty { sides.insert(entry.identification.side ?? .top) }
        }
        return sides
    }
}
