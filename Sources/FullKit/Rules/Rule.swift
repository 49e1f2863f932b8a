/// A rule of the pack check: a stable ID, its default severity, what it checks and how to fix a failure.
public struct Rule: Sendable, Hashable {
    /// The stable ID; pipelines may filter on it.
    public let id: String
    public let severity: Severity
    /// What the rule checks, in one sentence.
    public let summary: String
    /// The default advice when it fails.
    public let fix: String
}

/// A group of related rules checked together over the analysed pack.
protocol PackCheck: Sendable {
    /// The rules this check can report.
    var rules: [Rule] { get }
    /// The findings for `pack`.
    func check(_ pack: AnalyzedPack) -> [Finding]
}
