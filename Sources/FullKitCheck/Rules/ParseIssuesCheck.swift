import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// Turns what the readers found in each file into findings. In drawings, drill maps and other non-manufacturing
/// layers, reader errors become warnings: a broken drawing does not stop fabrication.
struct ParseIssuesCheck: PackCheck {
    static let invalidJobFile = Rule(
        id: "JOBFILE_INVALID", severity: .error, summary: "A Gerber job file (.gbrjob) is not valid JSON.",
        rationale: "The job file is the manifest of the Gerber set; unreadable, it cannot confirm the set is complete.",
        fix: "Export the job file again with the Gerbers, or leave it out of the pack.")

    var rules: [Rule] { [Self.invalidJobFile] }

    func check(_ pack: AnalyzedPack, policy: Policy) -> [Finding] {
        var findings: [Finding] = []
        for entry in pack.entries {
            let role = entry.identification.role
            let demote = !role.isManufacturingData && role != .unknown
            for issue in entry.issues {
                findings.append(Finding(issue, file: entry.path, severity: demote && issue.severity == .error ? .warning : nil))
            }
            if case .invalidJobFile(let message) = entry.content {
                findings.append(Finding(Self.invalidJobFile, "\(entry.path): \(message)", file: entry.path))
            }
        }
        return findings
    }
}
