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
        let index = LineIndex(bytes)
        for position in indices {
            self[position].location = index.location(ofOffset: self[position].offset)
        }
    }
}

extension Array where Element == ParseIssue {
    /// The most distinct issues one file keeps; a broken file could otherwise produce millions.
    static let maximumDistinct = 100

    /// Appends `issue` unless the same rule and message were recorded before, in which case it is counted.
    mutating func record(_ issue: ParseIssue, counts: inout [String: (index: Int, count: Int)]) {
        let key = issue.ruleID + "\u{0}" + issue.message
        if let seen = counts[key] {
            counts[key] = (seen.index, seen.count + 1)
        } else if count < Self.maximumDistinct {
            counts[key] = (count, 1)
            append(issue)
        }
    }

    /// Adds "(N times; first shown)" to issues that recurred.
    mutating func summarizeRepeats(_ counts: [String: (index: Int, count: Int)]) {
        for (_, seen) in counts where seen.count > 1 {
            self[seen.index].message += " (\(seen.count) times; the first is shown)"
        }
    }
}
