import FullKitArchive
import FullKitCore
import FullKitFormats

/// One X2 project (name, GUID, revision) across the Gerbers and the job file.
struct VersionProjectMismatch: PackRule {
    let rule = Rule(
        id: "VERSION_PROJECT_MISMATCH", severity: .error,
        summary: "Every Gerber and the job file name the same X2 project: name, GUID and revision.",
        rationale: "Files from two projects or two revisions in one pack: the board built would mix them.",
        fix: "Export all layers and the job file again from one revision of the design.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        let projects = pack.revisions.of(.projectID)
        guard pack.hasGerbers, projects.count > 1 else { return [] }
        return [Finding(rule, "the files name \(projects.count) projects: " + projects.listed)]
    }
}
