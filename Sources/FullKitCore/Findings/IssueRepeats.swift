/// Counts the issues a reader records so that one that recurs is kept once, with how often it occurred. Recurring
/// issues are the common case in a broken file (the same deprecated command on every line): the last one recorded is
/// recognised without hashing.
package struct IssueRepeats {
    /// No issue recorded yet.
    package init() {}

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
    package mutating func record(_ rule: Rule, at offset: Int, _ message: String, in issues: inout [ParseIssue]) {
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
    package static let maximumDistinct = 100

    /// Adds "(N times; the first is shown)" to the issues that recurred.
    package func summarize(_ issues: inout [ParseIssue]) {
        for seen in entries where seen.count > 1 {
            issues[seen.index].message += " (\(seen.count) times; the first is shown)"
        }
    }
}
