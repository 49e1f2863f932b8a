/// A rule of the pack check: a stable ID, its default severity, what it checks, why it matters and how to fix a
/// failure. `fullkit rules` prints every rule; RULES.md is generated from the same list.
public struct Rule: Sendable, Hashable {
    /// The stable ID; pipelines may filter on it.
    public let id: String
    /// The default severity; a policy may re-grade it.
    public let severity: Severity
    /// What the rule checks, in one sentence.
    public let summary: String
    /// Why a failure matters to the people who build the board.
    public let rationale: String
    /// The default advice when it fails.
    public let fix: String

    /// A rule `id` of `severity`, with what it checks, why it matters and how to fix a failure.
    public init(id: String, severity: Severity, summary: String, rationale: String, fix: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.rationale = rationale
        self.fix = fix
    }
}
