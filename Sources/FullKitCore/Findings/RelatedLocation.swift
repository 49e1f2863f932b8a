/// A second place a finding refers to.
public struct RelatedLocation: Sendable, Hashable, Codable {
    public var file: String
    public var location: SourceLocation?
    public var note: String

    /// `file` (at `location`, when one place in it matters), with a note saying why it matters.
    public init(file: String, location: SourceLocation?, note: String) {
        self.file = file
        self.location = location
        self.note = note
    }
}
