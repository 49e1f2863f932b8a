import FullKitArchive
import FullKitCore
import FullKitFormats

/// The pack has a board outline.
struct MissingOutline: PackRule {
    let rule = Rule(
        id: "MISSING_OUTLINE", severity: .error, summary: "The pack has a board outline (profile) layer.",
        rationale: "Without an outline the board cannot be routed, panelised or quoted.",
        fix: "Add the board outline Gerber (KiCad Edge.Cuts, Altium .GKO/.GM1, Eagle profile).")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard pack.entries(.outline).isEmpty else { return [] }
        return [Finding(rule, "no board outline layer: the board's shape and size are undefined")]
    }
}
