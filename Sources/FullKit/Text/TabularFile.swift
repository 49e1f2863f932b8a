/// A BOM or XY file decoded, split into records, with its header row found and its columns recognised.
struct TabularFile {
    let decoded: DecodedText
    let table: CSVTable
    /// The index in `table.records` of the header row, if one was found.
    let headerIndex: Int?
    var columns: ColumnMap
    let lineIndex: LineIndex

    /// How many leading records are searched for the header row (preambles such as KiCad's `Source:`/`Date:`).
    static let headerSearchDepth = 40

    /// Decodes `bytes` and finds the first record, among the first `headerSearchDepth`, that names all `required`
    /// column kinds. `whitespaceSeparated` forces the white-space splitter (fixed-width formats).
    init(_ bytes: [UInt8], required: Set<ColumnKind>, whitespaceSeparated: Bool = false) {
        decoded = DecodedText(bytes)
        let delimiter = whitespaceSeparated ? nil : CSVReader.sniffDelimiter(decoded.utf8)
        let table = CSVReader.read(decoded.utf8, delimiter: delimiter)
        self.table = table
        lineIndex = LineIndex(decoded.utf8)
        var found: (Int, ColumnMap)?
        for (index, record) in table.records.prefix(Self.headerSearchDepth).enumerated() {
            var names = record.fields.map { table.string($0) }
            if names.first?.hasPrefix("#") == true {
                names[0] = String(names[0].drop { $0 == "#" })
            }
            let map = ColumnMap(headers: names)
            if required.isSubset(of: map.columns.keys) {
                found = (index, map)
                break
            }
        }
        headerIndex = found?.0
        columns = found?.1 ?? ColumnMap(headers: [])
        if let header = found?.0, table.string(table.records[header].fields[0]) == "#" {
            // KiCad's `# Ref Val …`: the lone `#` became a field that data rows lack, so shift the columns left.
            columns.columns = columns.columns.mapValues { $0 - 1 }
        }
    }

    /// The records after the header row, skipping `#` comment lines.
    var dataRecords: ArraySlice<CSVTable.Record> {
        let start = (headerIndex ?? -1) + 1
        return table.records[min(start, table.records.count)...]
    }

    /// Whether `record` is a comment line (starts with `#`).
    func isComment(_ record: CSVTable.Record) -> Bool {
        guard let first = record.fields.first, !first.isQuoted else { return false }
        return first.range.lowerBound < decoded.utf8.count && decoded.utf8[first.range.lowerBound] == UInt8(ascii: "#")
    }

    /// The text of the records before the header (preamble lines), for unit statements and tool fingerprints.
    var preamble: [String] {
        table.records.prefix(headerIndex ?? min(table.records.count, Self.headerSearchDepth)).map { record in
            record.fields.map { table.string($0) }.joined(separator: " ")
        }
    }

    func location(_ offset: Int) -> SourceLocation { lineIndex.location(ofOffset: offset) }
}
