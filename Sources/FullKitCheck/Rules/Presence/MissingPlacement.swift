import FullKitArchive
import FullKitCore
import FullKitFormats

/// An assembly pack has an XY file.
struct MissingPlacement: PackRule {
    let rule = Rule(
        id: "MISSING_PLACEMENT", severity: .error, summary: "The pack has an XY (pick-and-place) file.",
        rationale: "Without XY data the pick-and-place programme cannot be written.",
        fix: "Add the XY / pick-and-place / CPL file with Designator, X, Y, Rotation and Side columns.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard policy.profile == .assembly, pack.entries(.placement).isEmpty else { return [] }
        return [Finding(rule, "no XY (pick-and-place) file: nothing says where parts go")]
    }
}
