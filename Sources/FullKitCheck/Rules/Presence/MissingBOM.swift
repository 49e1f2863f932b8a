import FullKitArchive
import FullKitCore
import FullKitFormats

/// An assembly pack has a BOM.
struct MissingBOM: PackRule {
    let rule = Rule(
        id: "MISSING_BOM", severity: .error, summary: "The pack has a bill of materials.",
        rationale: "Without a BOM nothing says which parts to buy and fit.",
        fix: "Add the BOM as CSV with Designator and Quantity columns.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard policy.profile == .assembly, pack.entries(.bom).isEmpty else { return [] }
        return [Finding(rule, "no BOM: nothing says which parts to buy")]
    }
}
