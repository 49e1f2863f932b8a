import FullKitArchive
import FullKitCore
import FullKitFormats

/// The pack has top and bottom copper.
struct MissingCopper: PackRule {
    let rule = Rule(
        id: "MISSING_COPPER", severity: .error, summary: "The pack has top and bottom copper layers.",
        rationale: "The board cannot be made without its copper layers.",
        fix: "Add the missing copper Gerber (top .GTL / F_Cu, bottom .GBL / B_Cu).")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        let sides = Set(pack.entries(.copper).compactMap(\.identification.side))
        return [BoardSide.top, .bottom].filter { !sides.contains($0) }.map { side in
            Finding(rule, "no \(side.rawValue) copper layer")
        }
    }
}
