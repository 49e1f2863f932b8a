/// One pack of a batch (or the one pack of `check`): the path it was read from and what came of it. The renderers for
/// CI systems (SARIF, JUnit, GitHub, Markdown) render a list of these, so `check` and `batch` share one form.
public struct PackResult: Sendable {
    /// What came of checking one pack.
    public enum Outcome: Sendable {
        /// The pack was judged: its report.
        case checked(CheckReport)
        /// The pack could not be judged (unreadable input, a crash, past the time limit): why. It counts as failed.
        case unchecked(reason: String)
    }

    /// The path the pack was read from, as given.
    public var path: String
    /// Its report, or why there is none.
    public var outcome: Outcome

    /// The result for the pack at `path`.
    public init(path: String, outcome: Outcome) {
        self.path = path
        self.outcome = outcome
    }

    /// The report, when the pack was judged.
    public var report: CheckReport? {
        if case .checked(let report) = outcome { return report }
        return nil
    }

    /// Why the pack could not be checked, when it could not.
    public var uncheckedReason: String? {
        if case .unchecked(let reason) = outcome { return reason }
        return nil
    }

    /// Whether the pack passed: judged, and no finding an error.
    public var passed: Bool { report?.verdict == .pass }
}
