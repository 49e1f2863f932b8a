import FullKitArchive
import FullKitCore
import FullKitFormats

/// Every file the job file lists is in the pack.
struct JobFileFileMissing: PackRule {
    let rule = Rule(
        id: "JOBFILE_FILE_MISSING", severity: .error,
        summary: "Every file the job file lists is in the pack.",
        rationale: "The job file is the export's manifest: a listed file that is absent is a missing layer.",
        fix: "Add the listed file, or export the pack again so that the job file and the files agree.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard let listing = JobFileListing(pack) else { return [] }
        return listing.matches.filter { $0.file == nil }.map { listed, _ in
            Finding(
                rule,
                "the job file lists \(listed.path) (\(listed.fileFunction.joined(separator: ","))), which is not in the pack",
                file: listing.entry.path)
        }
    }
}
