/// Text from a pack made safe inside XML (JUnit, SVG) and HTML attribute values and element text: `& < > " '` as
/// entities, and the characters XML 1.0 forbids (C0 controls but tab and line feed, and U+FFFE/U+FFFF) shown as
/// `\xNN` like the terminal does, so that no name or cell can close an element or break the document.
enum XMLText {
    /// `text` escaped for XML.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in TerminalText.sanitized(text).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\u{FFFE}", "\u{FFFF}": result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
