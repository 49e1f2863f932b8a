/// The counts that close a batch: its last JSON Lines object (`"summary": true`), and what `fullkit merge` adds up.
public struct BatchSummary: Sendable, Codable, Equatable {
    /// Always true: tells the summary line from the report lines.
    public var summary = true
    /// Every pack found, judged or not.
    public var packs: Int
    /// Packs that passed.
    public var passed: Int
    /// Packs that failed.
    public var failed: Int
    /// Packs that could not be checked: unreadable input, a crash, or past the time limit.
    public var unchecked: Int
    /// True when the batch was stopped (Ctrl-C) before every pack was checked; absent otherwise.
    public var interrupted: Bool?

    /// A summary of these counts.
    public init(packs: Int, passed: Int, failed: Int, unchecked: Int) {
        self.packs = packs
        self.passed = passed
        self.failed = failed
        self.unchecked = unchecked
    }

    /// The counts of `results`.
    public init(_ results: [PackResult]) {
        let passed = results.count(where: \.passed)
        let unchecked = results.count { $0.report == nil }
        self.init(
            packs: results.count, passed: passed, failed: results.count - passed - unchecked, unchecked: unchecked)
    }

    /// Whether the batch passes: every pack judged and passed (and at least one found).
    public var allPassed: Bool { packs > 0 && passed == packs }

    /// "N packs: P passed, F failed, U unchecked".
    public var line: String { "\(packs) packs: \(passed) passed, \(failed) failed, \(unchecked) unchecked" }
}
