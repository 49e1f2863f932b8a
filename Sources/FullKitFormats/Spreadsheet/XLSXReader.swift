import FullKitArchive
import FullKitCore

/// Reads the sheets of an `.xlsx` workbook (Office Open XML) through FullKit's own ZIP reader, as delimited text
/// that the BOM reader then reads like any CSV: one line per sheet row (line N is row N), shared strings, inline
/// strings and numbers as written.
package enum XLSXReader {
    /// The workbook's sheets in workbook order; throws a message when the file is not a readable workbook.
    static func sheets(_ bytes: [UInt8], limits: ReadLimits = ReadLimits()) throws(SpreadsheetError) -> [Worksheet] {
        let archive: ZipArchive
        do {
            archive = try ZipArchive(source: MemoryByteSource(bytes: bytes), limits: limits)
        } catch {
            throw SpreadsheetError(.unreadableContainer, error.detail)
        }
        func member(_ name: String) throws(SpreadsheetError) -> [UInt8]? {
            guard let entry = archive.entries.first(where: { $0.name == name }) else { return nil }
            do {
                return try archive.contents(of: entry, limits: limits)
            } catch {
                throw SpreadsheetError(.unreadableContainer, "\(name): \(error.detail)")
            }
        }
        guard let workbook = try member("xl/workbook.xml") else {
            throw SpreadsheetError(.notAWorkbook, "it has no xl/workbook.xml: not an Excel workbook")
        }
        let relations = try member("xl/_rels/workbook.xml.rels") ?? []
        let sharedStrings = try member("xl/sharedStrings.xml").map(readSharedStrings) ?? []
        var targets: [String: String] = [:]
        relations.withUnsafeBytes { raw in
            let xml = XMLText(bytes: raw)
            for relation in xml.elements("Relationship", in: 0..<raw.count) {
                if let id = xml.attribute("Id", in: relation.attributes),
                    let target = xml.attribute("Target", in: relation.attributes)
                {
                    targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
                }
            }
        }
        let declared: [(String, String)] = workbook.withUnsafeBytes { raw in
            let xml = XMLText(bytes: raw)
            return xml.elements("sheet", in: 0..<raw.count).compactMap { sheet in
                guard let name = xml.attribute("name", in: sheet.attributes),
                    let id = xml.attribute("r:id", in: sheet.attributes),
                    let target = targets[id]
                else { return nil }
                return (name, target)
            }
        }
        var sheets: [Worksheet] = []
        for (name, target) in declared {
            guard let sheet = try member(target) else { continue }
            sheets.append(Worksheet(name: name, csv: csv(fromSheet: sheet, sharedStrings: sharedStrings)))
        }
        return sheets
    }

    /// The CSV text of a sheet given as the XML of its shared strings and of the sheet itself (the fuzz harness).
    package static func csv(sheet: [UInt8], sharedStrings: [UInt8]) -> [UInt8] {
        csv(fromSheet: sheet, sharedStrings: readSharedStrings(sharedStrings))
    }

    private static func readSharedStrings(_ bytes: [UInt8]) -> [String] {
        bytes.withUnsafeBytes { raw in
            let xml = XMLText(bytes: raw)
            return xml.elements("si", in: 0..<raw.count).map { item in
                xml.elements("t", in: item.contents).map { xml.decode($0.contents) }.joined()
            }
        }
    }

    /// The sheet's cells as CSV: every field quoted, row N on line N.
    private static func csv(fromSheet bytes: [UInt8], sharedStrings: [String]) -> [UInt8] {
        bytes.withUnsafeBytes { raw in
            let xml = XMLText(bytes: raw)
            var output: [UInt8] = []
            var line = 1
            for row in xml.elements("row", in: 0..<raw.count) {
                let number = xml.attribute("r", in: row.attributes).flatMap { Int($0) } ?? line
                while line < number, line < 1_048_576 {
                    output.append(ASCII.lineFeed)
                    line += 1
                }
                var cells: [String] = []
                for cell in xml.elements("c", in: row.contents) {
                    let column = xml.attribute("r", in: cell.attributes).map(columnIndex) ?? cells.count
                    guard column < 16_384 else { continue }
                    while cells.count < column { cells.append("") }
                    cells.append(value(xml, cell, sharedStrings))
                }
                let fields = cells.map(CSVQuoting.quoted)
                output += Array(fields.joined(separator: ",").utf8)
                output.append(ASCII.lineFeed)
                line += 1
            }
            return output
        }
    }

    private static func value(
        _ xml: XMLText, _ cell: (attributes: Range<Int>, contents: Range<Int>), _ shared: [String]
    ) -> String {
        let type = xml.attribute("t", in: cell.attributes)
        if type == "inlineStr" {
            return xml.elements("t", in: cell.contents).map { xml.decode($0.contents) }.joined()
        }
        guard let value = xml.elements("v", in: cell.contents).first.map({ xml.decode($0.contents) }) else { return "" }
        if type == "s" {
            return Int(value).flatMap { $0 >= 0 && $0 < shared.count ? shared[$0] : nil } ?? ""
        }
        return value
    }

    /// `C12` → 2 (the zero-based column of the cell reference).
    private static func columnIndex(_ reference: String) -> Int {
        var index = 0
        for scalar in reference.unicodeScalars {
            guard scalar.properties.isAlphabetic, scalar.isASCII else { break }
            index = index * 26 + Int(scalar.value & 0x1F)
            if index > 16_384 { return index }
        }
        return index - 1
    }
}
