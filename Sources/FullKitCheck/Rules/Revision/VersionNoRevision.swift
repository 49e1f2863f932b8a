import FullKitArchive
import FullKitCore
import FullKitFormats

/// The pack states its revision (not KiCad's placeholder `rev?`).
struct VersionNoRevision: PackRule {
    let rule = Rule(
        id: "VERSION_NO_REVISION", severity: .warning,
        summary: "The pack states its revision (X2 .ProjectId revision, not KiCad's placeholder rev?).",
        rationale: "Without a revision nobody can prove later which design revision was handed over.",
        fix: "Set the revision in the CAD tool's title block (KiCad: Board Setup, Title Block) and export again.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard pack.hasGerbers else { return [] }
        let projects = pack.revisions.of(.projectID)
        let revisions = projects.map { $0.value.split(separator: ",").last.map { $0.trimming(" ") } ?? "" }
        guard projects.isEmpty || revisions.allSatisfy({ $0.isEmpty || $0 == "rev?" }) else { return [] }
        return [
            Finding(
                rule,
                projects.isEmpty ? "no file states a project revision" : "the revision is KiCad's placeholder 'rev?'")
        ]
    }
}
