import FullKitCore

/// One field of a delimited record: its bytes (inside the quotes, if quoted) and where it starts.
public struct CSVField: Sendable, Hashable {
    /// The field's content, without surrounding quotes.
    public var range: Range<Int>
    /// Whether the field was written in double quotes.
    public var isQuoted: Bool
    /// Whether the (quoted) field has doubled quotes inside, which stand for one quote each.
    public var hasDoubledQuotes = false
    /// Where the field starts (its opening quote, if quoted).
    public var location: SourceLocation
}
