/// Checks on the spelling of designators, shared by the BOM and XY readers.
enum Designators {
    /// Whether the designator's letter prefix has lower-case letters (`rU4`, `rC10`), which assemblers upper-case.
    static func hasLowercasePrefix(_ designator: String) -> Bool {
        designator.utf8.prefix { !ASCII.isDigit($0) }.contains { $0 &- UInt8(ascii: "a") < 26 }
    }

    /// The warning for a designator with a lower-case prefix: kept as written, flagged.
    static func lowercaseIssue(_ designator: String, location: SourceLocation) -> ParseIssue {
        ParseIssue(.designatorLowercase, at: 0, "designator '\(designator)' has lower-case letters; assemblers upper-case it, which may merge it with another", location: location)
    }
}
