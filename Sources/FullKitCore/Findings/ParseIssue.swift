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
    package mutating func locate(in bytes: UnsafeRawBufferPointer) {
        guard !isEmpty else { return }
        for (position, location) in zip(indices, LineIndex.locations(of: map(\.offset), in: bytes)) {
            self[position].location = location
        }
    }
}
