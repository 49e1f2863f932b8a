import FullKitArchive
import FullKitCore
import FullKitFormats

/// Every Gerber layer beside the job file is listed in it (early Eagle 9 job files list no files: nothing to compare).
struct JobFileFileUnlisted: PackRule {
    let rule = Rule(
        id: "JOBFILE_FILE_UNLISTED", severity: .warning,
        summary: "Every Gerber layer of the pack is listed in the job file.",
        rationale: "A layer the job file does not list may be a stale leftover from another export.",
        fix: "Remove the file if it does not belong, or export the pack again.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard let listing = JobFileListing(pack), !listing.job.files.isEmpty else { return [] }
        return pack.entries.filter { entry in
            entry.identification.format == .gerber && entry.identification.role.isManufacturingData
                && entry.container == listing.entry.container
                && !listing.listedNames.contains(JobFileListing.name(entry.path))
        }.map { entry in
            Finding(rule, "\(entry.path) is not listed in the job file \(listing.entry.path)", file: entry.path)
        }
    }
}
