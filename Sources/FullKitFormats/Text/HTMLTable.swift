import FullKitCore

/// Turns the rows of the HTML tables in a report (PADS' Component Report) into tab-separated text that the CSV
/// reader understands: one line per `<tr>`, one field per `<td>`/`<th>`, tags dropped, `&amp;`-style entities
/// decoded, white space inside a cell collapsed. A byte state machine, linear in the input.
enum HTMLTable {
    /// Whether `bytes` look like an HTML document (a `<html`, `<table` or `<!DOCTYPE html` near the start).
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<table")
    }

    /// The table rows of `html` as tab-separated lines. Text outside any table (titles, totals) becomes lines too,
    /// so that preambles stay visible to the header search.
    static func tabSeparated(_ html: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(html.count / 2)
        var index = 0
        var cellHasText = false
        var pendingSpace = false
        func emit(_ byte: UInt8) {
            if pendingSpace, cellHasText { output.append(ASCII.space) }
            pendingSpace = false
            cellHasText = true
            output.append(byte)
        }
        while index < html.count {
            let byte = html[index]
            if byte == UInt8(ascii: "<") {
                var end = index + 1
                while end < html.count, html[end] != UInt8(ascii: ">") { end += 1 }
                let name = tagName(html, index + 1..<end)
                switch name {
                case "tr", "/tr", "br", "p", "/p", "/title", "/h1", "/h2", "/h3", "/div":
                    if output.last != ASCII.lineFeed, !output.isEmpty { output.append(ASCII.lineFeed) }
                    cellHasText = false
                case "/td", "/th":
                    output.append(ASCII.tab)
                    cellHasText = false
                default:
                    break
                }
                pendingSpace = false
                index = end + 1
                continue
            }
            if byte == UInt8(ascii: "&") {
                var end = index + 1
                while end < html.count, end - index < 10, html[end] != UInt8(ascii: ";") { end += 1 }
                if end < html.count, html[end] == UInt8(ascii: ";") {
                    for decoded in entity(html, index + 1..<end) { emit(decoded) }
                    index = end + 1
                    continue
                }
            }
            if ASCII.isWhitespace(byte) {
                pendingSpace = true
            } else {
                emit(byte)
            }
            index += 1
        }
        return output
    }

    /// The lower-cased tag name (`td`, `/tr`) of the tag whose inside is `range`.
    private static func tagName(_ html: [UInt8], _ range: Range<Int>) -> String {
        var name: [UInt8] = []
        for index in range {
            let byte = html[index]
            if ASCII.isWhitespace(byte) || byte == UInt8(ascii: "/") && !name.isEmpty || name.count > 8 { break }
            name.append(ASCII.lowercased(byte))
        }
        return String(decoding: name, as: UTF8.self)
    }

    private static func entity(_ html: [UInt8], _ range: Range<Int>) -> [UInt8] {
        switch String(decoding: html[range], as: UTF8.self) {
        case "amp": [UInt8(ascii: "&")]
        case "lt": [UInt8(ascii: "<")]
        case "gt": [UInt8(ascii: ">")]
        case "quot": [UInt8(ascii: "\"")]
        case "nbsp", "#160": [ASCII.space]
        default: Array(html[range.lowerBound - 1...range.upperBound])
        }
    }
}
