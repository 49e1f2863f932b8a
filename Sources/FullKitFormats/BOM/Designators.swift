import FullKitCore

/// Checks on the spelling of designators, shared by the BOM and XY readers.
enum Designators {
    /// Whether the letters of the designator `bytes[token]` before its first digit include a lower-case ASCII letter
    /// (`rU4`, `rC10`), which assemblers upper-case.
    @inline(__always)
    static func hasLowercasePrefix(_ bytes: UnsafeRawBufferPointer, _ token: Range<Int>) -> Bool {
        for index in token {
            let byte = bytes[index]
            if ASCII.isDigit(byte) { return false }
            if byte &- UInt8(ascii: "a") < 26 { return true }
        }
        return false
    }

    /// The warning for a designator with a lower-case prefix: kept as written, flagged.
    static func lowercaseIssue(_ designator: String, location: SourceLocation) -> ParseIssue {
        ParseIssue(
            .designatorLowercase, at: 0,
            "designator '\(designator)' has lower-case letters; assemblers upper-case it, which may merge it with another",
            location: location)
    }
}
