import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// Decides a file's format from its first bytes: PDF, a workbook, Gerber, Excellon, JSON, text or binary.
public enum ContentSniffer {
    /// How many leading bytes are examined.
    static let window = 8192

    /// The format of the file whose bytes are `bytes` and whose extension (lower case, without the dot) is `ext`.
    public static func format(of bytes: [UInt8], lowercasedExtension ext: String) -> FileFormat {
        bytes.withUnsafeBytes { all in
            let head = UnsafeRawBufferPointer(rebasing: all[0..<min(all.count, window)])
            if head.matches("%PDF", at: 0) { return .pdf }
            // A ZIP or OLE2 container is a workbook only under a workbook's extension (a .docx is a ZIP too).
            if ["xlsx", "xlsm", "xls"].contains(ext), Workbook.matches(bytes) { return .spreadsheet }
            if isBinary(head) { return .binary }
            let start = head.firstIndex { !ASCII.isWhitespace($0) } ?? head.count
            if start < head.count, head[start] == UInt8(ascii: "{"), ext == "gbrjob" || ext == "json" { return .json }
            if startsLine(head, "M48") { return .excellon }
            if contains(head, "%FS") || contains(head, "%MO") || contains(head, "%ADD") { return .gerber }
            if looksLikeHeaderlessDrill(head, from: start) { return .excellon }
            if contains(head, "G04") && contains(head, "*") && (contains(head, "D01") || contains(head, "D02")) {
                return .gerber
            }
            return .text
        }
    }

    /// A NUL or many control bytes means binary, unless the file is UTF-16 text (which has a byte-order mark).
    private static func isBinary(_ head: UnsafeRawBufferPointer) -> Bool {
        if head.count >= 2, (head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF) {
            return false
        }
        var control = 0
        for byte in head {
            if byte == 0 { return true }
            if byte < 0x20 && !ASCII.isWhitespace(byte) && byte != 0x0C && byte != 0x1A { control += 1 }
        }
        return control > head.count / 20
    }

    /// Drill files without `M48`: PADS writes `%` then `T1C.00984F0S0`; Allegro writes `;` comments (with the tool
    /// sizes), `%`, `G90`, then `T01` and bare `X…Y…` hits.
    private static func looksLikeHeaderlessDrill(_ head: UnsafeRawBufferPointer, from start: Int) -> Bool {
        var index = start
        var sawPercent = false
        while index < head.count {
            while index < head.count, ASCII.isWhitespace(head[index]) { index += 1 }
            guard index < head.count else { return false }
            switch head[index] {
            case ASCII.semicolon:
                index = head.firstOffset(of: ASCII.lineFeed, from: index, to: head.count)
            case ASCII.percent:
                sawPercent = true
                index += 1
            case UInt8(ascii: "G"):
                guard head.matches("G90", at: index) || head.matches("G05", at: index) else { return false }
                index = head.firstOffset(of: ASCII.lineFeed, from: index, to: head.count)
            case UInt8(ascii: "T"):
                guard index + 1 < head.count, ASCII.isDigit(head[index + 1]) else { return false }
                return sawPercent
                    && (contains(head, "M30") || contains(head, "C.") || contains(head, "C0") || contains(head, "\nX"))
            default:
                return false
            }
        }
        return false
    }

    /// Whether some line of `head` starts with `literal` after comment lines (EasyEDA puts `;` comments before `M48`)
    /// and lone `%` lines (as some Eagle drill files begin).
    private static func startsLine(_ head: UnsafeRawBufferPointer, _ literal: StaticString) -> Bool {
        var index = 0
        while index < head.count {
            while index < head.count, ASCII.isWhitespace(head[index]) { index += 1 }
            if head.matches(literal, at: index) { return true }
            // Comment lines, and a lone `%` (some Eagle exports start their drill file with one), come before.
            let lonePercent =
                index < head.count && head[index] == ASCII.percent
                && (index + 1 == head.count || ASCII.isWhitespace(head[index + 1]))
            guard index < head.count, head[index] == ASCII.semicolon || lonePercent else { return false }
            index = head.firstOffset(of: ASCII.lineFeed, from: index, to: head.count)
        }
        return false
    }

    private static func contains(_ head: UnsafeRawBufferPointer, _ literal: StaticString) -> Bool {
        let first = literal.utf8Start.pointee
        var index = 0
        while index < head.count {
            index = head.firstOffset(of: first, from: index, to: head.count)
            if index < head.count, head.matches(literal, at: index) { return true }
            index += 1
        }
        return false
    }
}
