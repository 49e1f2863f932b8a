import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// Builds the report model from an analysed pack and its findings.
enum ReportBuilder {
    /// The report of `pack` judged for `profile`: its files as identified, its findings and `verdict`.
    static func report(
        _ pack: AnalyzedPack, profile: Profile, verdict: Verdict, findings: [Finding], timings: CheckReport.Timings
    ) -> CheckReport {
        let listed = pack.entries.map { ($0, nil as String?) } + pack.copies.map { ($0.entry, $0.original) }
        let files = listed.sorted { $0.0.path < $1.0.path }.map { entry, original in
            let id = entry.identification
            return CheckReport.File(
                path: entry.path, container: entry.container, nested: entry.isNested, modified: entry.modified,
                size: entry.size, role: id.role, format: id.format, side: id.side, copperLayer: id.copperLayer,
                plated: id.plated, evidence: CheckReport.Evidence(kind: id.evidence, detail: id.evidenceDetail),
                conflicts: id.conflicts, details: FileDetails(entry.content), copyOf: original)
        }
        return CheckReport(
            inputs: pack.inputs, profile: profile, verdict: verdict, files: files,
            revisions: pack.revisions, xyConventions: pack.xyConventions,
            drillRegistrations: pack.drillRegistrations, findings: findings,
            timings: timings)
    }
}
