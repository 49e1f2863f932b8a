import FullKitArchive
import FullKitCore
import FullKitFormats

/// A job file in the pack is valid JSON of the job-file shape.
struct JobFileInvalid: PackRule {
    let rule = Rule(
        id: "JOBFILE_INVALID", severity: .error, summary: "A Gerber job file (.gbrjob) is not valid JSON.",
        rationale: "The job file is the manifest of the Gerber set; unreadable, it cannot confirm the set is complete.",
        fix: "Export the job file again with the Gerbers, or leave it out of the pack.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.entries.compactMap { entry in
            guard case .invalidJobFile(let error) = entry.content else { return nil }
            return Finding(rule, "\(entry.path): \(error.detail)", file: entry.path, location: error.location)
        }
    }
}
