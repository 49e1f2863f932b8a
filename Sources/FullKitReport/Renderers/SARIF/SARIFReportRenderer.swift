import FullKitCore

/// Renders packs' results as one SARIF 2.1.0 log (`--format sarif`), for code-scanning dashboards: the rule catalogue
/// with help text, every input and archive member as an artifact (a member nested in its archive), and one result
/// per finding with its level, message, file, line and column. A pack that could not be checked is a tool execution
/// notification of level error. Each pack's verdict is in the run's `properties.packs`.
public struct SARIFReportRenderer: Sendable {
    /// The rules described in the log, in catalogue order (`fullkit rules`).
    public var rules: [Rule]

    /// A renderer that describes `rules` (normally `RuleCatalog.allRules`).
    public init(rules: [Rule]) {
        self.rules = rules
    }

    /// The SARIF log of `results`, as indented JSON with sorted keys.
    public func render(_ results: [PackResult]) -> String {
        JSONReportRenderer.render(log(results))
    }

    func log(_ results: [PackResult]) -> SARIFLog {
        let ruleIndex = Dictionary(rules.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
        var artifacts = ArtifactTable()
        var sarifResults: [SARIFLog.Result] = []
        var notifications: [SARIFLog.Notification] = []
        var verdicts: [SARIFLog.PackVerdict] = []
        for result in results {
            guard let report = result.report else {
                let reason = result.uncheckedReason ?? ""
                let location = artifacts.location(ArtifactPath(path: result.path), line: nil)
                notifications.append(
                    .init(
                        level: "error", message: .init(text: "\(result.path) could not be checked: \(reason)"),
                        locations: [location]))
                verdicts.append(.init(pack: result.path, verdict: "UNCHECKED", reason: reason))
                continue
            }
            for input in report.inputs { _ = artifacts.index(of: ArtifactPath(path: input)) }
            verdicts.append(
                .init(
                    pack: result.path, verdict: report.verdict.rawValue, errors: report.counts.errors,
                    warnings: report.counts.warnings))
            for finding in report.findings {
                let location = artifacts.location(report.artifact(for: finding.file), line: finding.location)
                let related = finding.related.enumerated().map { index, related in
                    var place = artifacts.location(report.artifact(for: related.file), line: related.location)
                    place.id = index + 1
                    place.message = .init(text: related.note)
                    return place
                }
                sarifResults.append(
                    .init(
                        ruleId: finding.ruleID, ruleIndex: ruleIndex[finding.ruleID],
                        level: Self.level(finding.severity),
                        message: .init(text: finding.message), locations: [location],
                        relatedLocations: related.isEmpty ? nil : related,
                        properties: .init(
                            fix: finding.fix, pack: result.path,
                            designators: finding.designators.isEmpty ? nil : finding.designators,
                            position: finding.position, distanceMillimeters: finding.distanceMillimeters)))
            }
        }
        let driver = SARIFLog.Driver(
            version: FullKitVersion.current, semanticVersion: FullKitVersion.current, rules: rules.map(Self.descriptor))
        let run = SARIFLog.Run(
            tool: .init(driver: driver),
            invocations: [.init(executionSuccessful: notifications.isEmpty, toolExecutionNotifications: notifications)],
            artifacts: artifacts.artifacts, results: sarifResults, properties: ["packs": verdicts])
        return SARIFLog(runs: [run])
    }

    /// SARIF's level for a severity: error, warning, or note for info.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// `MISSING_BOM` as SARIF's readable rule name, `MissingBom`.
    private static func ruleName(_ id: String) -> String {
        id.split(separator: "_").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined()
    }

    private static func descriptor(_ rule: Rule) -> SARIFLog.ReportingDescriptor {
        let help = "\(rule.summary)\n\nWhy it matters: \(rule.rationale)\n\nHow to fix: \(rule.fix)"
        let markdown =
            "**\(rule.id)** (\(rule.severity.rawValue)): \(rule.summary)\n\n**Why it matters:** \(rule.rationale)\n\n"
            + "**How to fix:** \(rule.fix)\n\nSee RULES.md in FullKit, or `fullkit rules \(rule.id)`."
        return .init(
            id: rule.id, name: ruleName(rule.id), shortDescription: .init(text: rule.summary),
            fullDescription: .init(text: rule.rationale), help: .init(text: help, markdown: markdown),
            defaultConfiguration: .init(level: level(rule.severity)))
    }
}

/// The run's artifacts, each added once: an input or file on disk, and an archive member nested under its archive.
private struct ArtifactTable {
    var artifacts: [SARIFLog.Artifact] = []
    private var indexes: [ArtifactPath: Int] = [:]

    /// The index of `path`'s artifact (adding it, and its archive first for a member).
    mutating func index(of path: ArtifactPath) -> Int {
        if let index = indexes[path] { return index }
        var parent: Int?
        var uri = URIPath.encoded(path.path)
        if let member = path.member {
            parent = index(of: ArtifactPath(path: path.path))
            uri = URIPath.encoded(member)
        }
        let index = artifacts.count
        artifacts.append(
            .init(
                location: .init(uri: uri), parentIndex: parent, roles: parent == nil ? ["analysisTarget"] : nil))
        indexes[path] = index
        return index
    }

    /// A location in `path`'s artifact, at `line` when known.
    mutating func location(_ path: ArtifactPath, line: SourceLocation?) -> SARIFLog.Location {
        let index = index(of: path)
        return .init(
            physicalLocation: .init(
                artifactLocation: .init(uri: artifacts[index].location.uri, index: index),
                region: line.map { .init(startLine: max(1, $0.line), startColumn: max(1, $0.column)) }))
    }
}
