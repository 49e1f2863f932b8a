/// Checks on the spelling of designators, shared by the BOM and XY readers.
enum Designators {
    /// Whether the designator's letter prefix has lower-case letters (`rU4`, `rC10`), which assemblers upper-case.
    static func hasLowercasePrefix(_ designator: String) -> Bool {
        var designator = designator
        return designator.withUTF8 { hasLowercasePrefix(UnsafeRawBufferPointer($0), 0..<$0.count) }
    }

    /// Whether the letters of `bytes[token]` before its first digit include a lower-case ASCII letter.
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
        ParseIssue(.designatorLowercase, at: 0, "designator '\(designator)' has lower-case letters; assemblers upper-case it, which may merge it with another", location: location)
    }
}
