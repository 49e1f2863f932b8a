import FullKitArchive
import FullKitCore
import FullKitFormats

/// No designator is listed twice in one BOM (copies across two BOMs are `PACK_AMBIGUOUS_FILE`).
struct BOMDuplicateDesignator: PackRule {
    let rule = Rule(
        id: "BOM_DUPLICATE_DESIGNATOR", severity: .error,
        summary: "A designator appears on two BOM lines (or twice on one).",
        rationale: "A designator on two lines means two parts for one place.",
        fix: "Keep each designator on exactly one BOM line.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.boms.flatMap { bom in
            DuplicateFinder.duplicates(
                bom.content.lines.flatMap { line in line.designators.map { ($0, line.location) } },
                rule: rule, what: "listed twice in the BOM", file: bom.entry.path)
        }
    }
}
