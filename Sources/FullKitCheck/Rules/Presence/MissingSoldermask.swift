import FullKitArchive
import FullKitCore
import FullKitFormats

/// Each copper side has a solder mask.
struct MissingSoldermask: PackRule {
    let rule = Rule(
        id: "MISSING_SOLDERMASK", severity: .error, summary: "Each copper side has a solder mask layer.",
        rationale: "Without a mask layer the fab must guess the openings, or leave the side unmasked.",
        fix: "Add the solder mask Gerber for that side (.GTS / F_Mask, .GBS / B_Mask).")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        let sides = Set(pack.entries(.copper).compactMap(\.identification.side))
        return [BoardSide.top, .bottom].filter { sides.contains($0) && pack.entries(.soldermask, side: $0).isEmpty }.map
        { side in
            Finding(rule, "\(side.rawValue) copper has no \(side.rawValue) solder mask layer")
        }
    }
}
