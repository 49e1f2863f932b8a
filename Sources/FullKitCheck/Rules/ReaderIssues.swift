import FullKitCore

/// Turns what the readers found in each file into findings, under the readers' own rules (`GERBER_*`,
/// `EXCELLON_*`, text and BOM/XY rules). In drawings, drill maps and other non-manufacturing layers, reader errors
/// become warnings: a broken drawing does not stop fabrication.
enum ReaderIssues {
    /// A finding for every issue the readers recorded in `pack`'s files.
    static func findings(in pack: AnalyzedPack) -> [Finding] {
        var findings: [Finding] = []
        for entry in pack.entries {
            let role = entry.identification.role
            let demote = !role.isManufacturingData && role != .unknown
            for issue in entry.issues {
                findings.append(
                    Finding(issue, file: entry.path, severity: demote && issue.severity == .error ? .warning : nil))
            }
        }
        return findings
    }
}
