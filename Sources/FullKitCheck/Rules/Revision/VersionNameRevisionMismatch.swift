import FullKitArchive
import FullKitCore
import FullKitFormats

/// One revision token in the data files' names.
struct VersionNameRevisionMismatch: PackRule {
    let rule = Rule(
        id: "VERSION_NAME_REVISION_MISMATCH", severity: .error,
        summary:
            "The revision tokens in the data files' names agree (rev B, RevA1, v0.3 …; revisions and versions are compared apart).",
        rationale: "Files named for two revisions in one pack: a layer, the BOM or the XY file is from the other one.",
        fix: "Replace the files named for the other revision with ones exported from the revision being handed over.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard pack.hasGerbers else { return [] }
        let named = pack.revisions.of(.fileNameRevision)
        return ["rev", "v"].compactMap { scheme in
            let tokens = named.filter { RevisionSignal.revisionScheme($0.value) == scheme }
            guard tokens.count > 1 else { return nil }
            return Finding(rule, "the file names carry \(tokens.count) revisions: " + tokens.listed)
        }
    }
}
