import FullKitArchive
import FullKitCore
import FullKitFormats

/// The files carry creation dates.
struct VersionNoDates: PackRule {
    let rule = Rule(
        id: "VERSION_NO_DATES", severity: .warning,
        summary: "The files carry creation dates (X2 .CreationDate or the job file).",
        rationale: "Without dates a stale file mixed into the pack cannot be spotted.",
        fix: "Export with Gerber X2 attributes enabled.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard pack.hasGerbers, pack.creationDates.isEmpty else { return [] }
        return [Finding(rule, "no file carries a creation date")]
    }
}
