/// Something a reader found wrong in a file, located by byte offset and by line and column.
public struct ParseIssue: Sendable, Hashable {
    /// How serious the issue is.
    public var severity: Severity
    /// The stable rule ID, e.g. `GERBER_UNDEFINED_APERTURE`.
    public var ruleID: String
    /// The byte offset the issue points at (in the decoded text, for BOM and XY files).
    public var offset: Int
    /// Line and column of `offset`; filled in by the reader when it finishes.
    public var location: SourceLocation?
    /// What is wrong, for people.
    public var message: String
    /// How to fix it.
    public var fix: String

    /// An issue of `rule` at byte `offset` (or at `location`, for readers that track lines themselves).
    public init(_ rule: Rule, at offset: Int, _ message: String, location: SourceLocation? = nil) {
        self.severity = rule.severity
        self.ruleID = rule.id
        self.offset = offset
        self.message = message
        self.fix = rule.fix
        self.location = location
    }
}

extension Array where Element == ParseIssue {
    /// Fills in the line and column of every issue from its offset into `bytes`.
    mutating func locate(in bytes: UnsafeRawBufferPointer) {
        guard !isEmpty else { return }
        for (position, location) in zip(indices, LineIndex.locations(of: map(\.offset), in: bytes)) {
            self[position].location = location
        }
    }
}

/// Counts the issues a reader records so that one that recurs is kept once, with how often it occurred. Recurring
/// issues are the common case in a broken file (the same deprecated command on every line): the last one recorded is
/// recognised without hashing.
struct IssueRepeats {
    private struct Key: Hashable {
        let ruleID: String
        let message: String
    }

    /// Each distinct issue kept: its key, its position in the issues, and how often it occurred.
    private var entries: [(key: Key, index: Int, count: Int)] = []
    private var positions: [Key: Int] = [:]
    /// The entries recorded most recently, newest first: broken files repeat a few issues in turn.
    private var recent: [Int] = []

    /// Appends an issue of `rule` to `issues` unless the same rule and message were recorded before, in which case it is
    /// counted; beyond `maximumDistinct` distinct issues, new ones are dropped.
    /// The issue is only built when it is not a repeat.
    mutating func record(_ rule: Rule, at offset: Int, _ message: String, in issues: inout [ParseIssue]) {
        for (rank, position) in recent.enumerated()
        where entries[position].key.ruleID == rule.id && entries[position].key.message == message {
            entries[position].count += 1
            if rank > 0 { recent.swapAt(rank, 0) }
            return
        }
        let issue = ParseIssue(rule, at: offset, message)
        let key = Key(ruleID: issue.ruleID, message: issue.message)
        let position: Int
        if let seen = positions[key] {
            entries[seen].count += 1
            position = seen
        } else if issues.count < Self.maximumDistinct {
            position = entries.count
            positions[key] = position
            entries.append((key, issues.count, 1))
            issues.append(issue)
        } else {
            return
        }
        recent.insert(position, at: 0)
        if recent.count > 4 { recent.removeLast() }
    }

    /// The most distinct issues one file keeps; a broken file could otherwise produce millions.
    static let maximumDistinct = 100

    /// Adds "(N times; the first is shown)" to the issues that recurred.
    func summarize(_ issues: inout [ParseIssue]) {
        for seen in entries where seen.count > 1 {
            issues[seen.index].message += " (\(seen.count) times; the first is shown)"
        }
    }
}
