import FullKitCore

/// Issues about text itself, shared by the BOM and XY readers.
enum TextIssues {
    /// The file was not valid UTF-8 and was read as Windows-1252.
    static func notUTF8(_ offset: Int, what: String) -> ParseIssue {
        ParseIssue(
            .textNotUTF8, at: offset, "byte \(offset) is not valid UTF-8; the file was read as Windows-1252",
            location: SourceLocation(line: 1, column: 1))
    }

    /// A line was longer than the `maximumLineLength` limit and was skipped.
    static func lineTooLong(at location: SourceLocation, limit: Int) -> ParseIssue {
        ParseIssue(
            .textLineTooLong, at: 0, "the line is longer than \(limit) bytes (limit maximumLineLength); it was skipped",
            location: location)
    }
}
