/// A second place a finding refers to.
public struct RelatedLocation: Sendable, Hashable, Codable {
    /// The file's display path.
    public var file: String
    /// Where in it, when one place matters.
    public var location: SourceLocation?
    /// Why it matters, e.g. "first occurrence".
    public var note: String

    /// `file` (at `location`, when one place in it matters), with a note saying why it matters.
    public init(file: String, location: SourceLocation?, note: String) {
        self.file = file
        self.location = location
        self.note = note
    }
}
