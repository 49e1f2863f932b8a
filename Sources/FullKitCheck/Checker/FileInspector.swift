import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// What FullKit makes of individual files, without judging a pack: for `fullkit inspect`, to see why a layer was
/// identified and read as it was.
public enum FileInspector {
    /// One file as read: its identification and details, and what its reader found.
    public struct Inspection: Sendable, Codable {
        /// The file as identified, with what its reader found.
        public var file: CheckReport.File
        /// What its reader (or its archive) reported.
        public var findings: [Finding]
    }

    /// Inspects every file in `paths` (archives and folders are opened, their files inspected one by one).
    public static func inspect(_ paths: [String], limits: ReadLimits = ReadLimits()) throws(PackInputError)
        -> [Inspection]
    {
        let pack = PackAnalyzer.analyze(try PackLoader(limits: limits).load(paths), limits: limits)
        let reading: [any PackRule] = ArchiveProblemRule.all + [JobFileInvalid()]
        let findings = RuleCatalog.ordered(
            reading.flatMap { $0.findings(in: pack, policy: Policy()) } + ReaderIssues.findings(in: pack))
        let report = ReportBuilder.report(
            pack, profile: .assembly, verdict: .pass, findings: findings,
            timings: .init(
                readMilliseconds: 0, analyzeMilliseconds: 0, rulesMilliseconds: 0, totalMilliseconds: 0))
        var inspections = report.files.map { file in
            Inspection(file: file, findings: findings.filter { $0.file == file.path })
        }
        for problem in pack.problems {
            inspections.append(
                Inspection(
                    file: CheckReport.File(
                        path: problem.path, container: nil, nested: false, modified: nil, size: 0, role: .unknown,
                        format: .binary, side: nil, copperLayer: nil, plated: nil,
                        evidence: CheckReport.Evidence(kind: .contentSniff, detail: "not readable"), conflicts: [],
                        details: nil),
                    findings: findings.filter { $0.file == problem.path }))
        }
        return inspections
    }
}
