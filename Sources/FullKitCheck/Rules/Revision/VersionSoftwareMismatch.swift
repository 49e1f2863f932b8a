import FullKitArchive
import FullKitCore
import FullKitFormats

/// One generation software and version across the pack.
struct VersionSoftwareMismatch: PackRule {
    let rule = Rule(
        id: "VERSION_SOFTWARE_MISMATCH", severity: .error,
        summary: "Every file names the same generation software and version.",
        rationale: "Different versions mean different exports, so files from different moments of the design.",
        fix: "Export the whole pack again in one run of one CAD version.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        let software = pack.revisions.of(.generationSoftware)
        guard pack.hasGerbers, software.count > 1 else { return [] }
        return [Finding(rule, "the files come from \(software.count) programs or versions: " + software.listed)]
    }
}
