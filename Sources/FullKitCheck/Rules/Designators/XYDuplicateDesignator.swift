import FullKitArchive
import FullKitCore
import FullKitFormats

/// No designator is placed twice in one XY file (two XY files for one side are `PACK_AMBIGUOUS_FILE`).
struct XYDuplicateDesignator: PackRule {
    let rule = Rule(
        id: "XY_DUPLICATE_DESIGNATOR", severity: .error, summary: "A designator is placed twice in the XY data.",
        rationale: "Two positions for one part: one of them is wrong.",
        fix: "Keep exactly one XY row per designator.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.placementLists.flatMap { list in
            DuplicateFinder.duplicates(
                list.content.placements.map { ($0.designator, $0.location) }, rule: rule, what: "placed twice",
                file: list.entry.path)
        }
    }
}
