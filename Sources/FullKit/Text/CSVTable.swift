/// Delimited text split into records and fields, each field a byte range into the decoded text.
///
/// Strings are made only for the fields a reader asks for, so reading a large table stays a byte scan.
public struct CSVTable: Sendable {
    /// One field: its bytes (inside the quotes, if quoted).
    public struct Field: Sendable {
        public var range: Range<Int>
        public var isQuoted: Bool

        /// Where the field starts in the text, its opening quote included.
        public var offset: Int { isQuoted ? range.lowerBound - 1 : range.lowerBound }
    }

    /// One record (a row) and the byte offset it starts at.
    public struct Record: Sendable {
        public var fields: [Field]
        public var offset: Int
    }

    /// The text as UTF-8.
    public let text: [UInt8]
    /// The delimiter used; `nil` means runs of spaces and tabs.
    public let delimiter: UInt8?
    /// The records in file order, blank lines left out.
    public var records: [Record]

    /// The field's text: quotes undone, surrounding spaces removed.
    public func string(_ field: Field) -> String {
        text.withUnsafeBytes { bytes in
            var start = field.range.lowerBound
            var end = field.range.upperBound
            while start < end, bytes[start] == ASCII.space || bytes[start] == ASCII.tab { start += 1 }
            while end > start, bytes[end - 1] == ASCII.space || bytes[end - 1] == ASCII.tab { end -= 1 }
            let raw = bytes.string(start..<end)
            return field.isQuoted && raw.contains("\"\"") ? raw.replacing("\"\"", with: "\"") : raw
        }
    }

    /// The text of field `index` of `record`, or "" when the record is shorter.
    public func string(_ record: Record, _ index: Int) -> String {
        index < record.fields.count ? string(record.fields[index]) : ""
    }
}
