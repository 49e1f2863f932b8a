import FullKitCore

/// A BOM or XY file decoded, its delimiter sniffed, its header row found and its columns recognised; the data
/// records are then visited one at a time (`forEachRecord`), never all held at once.
package struct TabularFile {
    /// The header row: its names, where it is, and the recognised columns.
    package struct Header {
        package var names: [String]
        package var location: SourceLocation
        package var columns: ColumnMap
        /// Whether the file has no header row and the columns were recognised from the data (see `HeaderlessTable`).
        package var inferred = false
    }

    let decoded: DecodedText
    package let delimiter: UInt8?
    /// The header row, when one names all the required columns (nil for header-less formats).
    package let header: Header?
    /// The text of the records before the header (or of the first records, when none was found).
    let preamble: [String]
    /// A cursor positioned at the first data record.
    let dataCursor: CSVCursor
    /// The bounds on lines and designator cells.
    let limits: ReadLimits

    /// How many leading records are searched for the header row (preambles such as KiCad's `Source:`/`Date:`).
    static let headerSearchDepth = 40

    /// Finds the first record of `decoded`, among the first `headerSearchDepth`, that names all `required` column
    /// kinds. `whitespaceSeparated` forces the white-space splitter (fixed-width formats); `headerless` means every
    /// record is data. Lines longer than `limits.maximumLineLength` are skipped (see `forEachRecord`).
    package init(
        _ decoded: DecodedText, required: Set<ColumnKind>, whitespaceSeparated: Bool = false, headerless: Bool = false,
        limits: ReadLimits = ReadLimits()
    ) {
        self.limits = limits
        self.decoded = decoded
        let sniffed = whitespaceSeparated ? nil : CSVReader.sniffDelimiter(decoded.utf8)
        var found: Search?
        if !headerless {
            found = Self.findHeader(decoded, delimiter: sniffed, required: required, limits: limits, strict: false)
            // A fixed-width table whose cells hold commas (Eagle's Partlist: `J6, J7`) sniffs as comma-separated.
            if found == nil, sniffed != nil {
                found = Self.findHeader(decoded, delimiter: nil, required: required, limits: limits, strict: true)
            }
            if found == nil, !required.isEmpty {
                // A TAB-separated table is split at its TABs even where white space was asked for: its cells may hold
                // spaces.
                let tabs = whitespaceSeparated && CSVReader.sniffDelimiter(decoded.utf8) == ASCII.tab
                found = HeaderlessTable.infer(
                    decoded, delimiter: tabs ? ASCII.tab : sniffed, required: required, limits: limits)
            }
        }
        let fresh = CSVCursor(delimiter: sniffed, maximumRecordLength: limits.maximumLineLength)
        let search = found ?? Search(delimiter: sniffed, header: nil, preamble: [], cursor: fresh)
        (delimiter, header, preamble, dataCursor) = (search.delimiter, search.header, search.preamble, search.cursor)
    }

    /// What a header search found: how the text splits, the header, the text before it, and a cursor after it.
    struct Search {
        var delimiter: UInt8?
        var header: Header?
        var preamble: [String]
        var cursor: CSVCursor
    }

    /// The first record of `decoded`, split at `delimiter` (white space when nil), among the first
    /// `headerSearchDepth`, that names every `required` kind; `strict` also wants a second kind of column beside
    /// the designator, since prose split at white space may name a "reference". A white-space table whose data keep
    /// to the header's columns is read as fixed-width.
    private static func findHeader(
        _ decoded: DecodedText, delimiter: UInt8?, required: Set<ColumnKind>, limits: ReadLimits, strict: Bool
    ) -> Search? {
        decoded.utf8.withUnsafeBytes { text -> Search? in
            var cursor = CSVCursor(delimiter: delimiter, maximumRecordLength: limits.maximumLineLength)
            var buffer = CSVCursor.makeFieldBuffer()
            var preamble: [String] = []
            for _ in 0..<Self.headerSearchDepth {
                guard cursor.next(text, into: &buffer) else { break }
                let fields = buffer.fields
                var names = fields.map { text.fieldText($0) }
                var starts = fields.map(\.range.lowerBound)
                if delimiter == nil { (names, starts) = Self.joinSplitNames(names, starts) }
                if delimiter == nil, names.first?.hasPrefix("#") == true {
                    // KiCad's `# Ref Val …`: the `#` is not a column. A lone `#` became a field of its own.
                    if names.first == "#" {
                        names.removeFirst()
                        starts.removeFirst()
                    } else {
                        names[0] = String(names[0].drop { $0 == "#" })
                    }
                }
                let map = ColumnMap(headers: names)
                let enough = !strict || map.columns.keys.contains { $0 != .designator }
                guard required.isSubset(of: map.columns.keys), enough else {
                    preamble.append(names.joined(separator: " "))
                    continue
                }
                if delimiter == nil, let first = fields.first {
                    var lineStart = first.range.lowerBound
                    while lineStart > 0, text[lineStart - 1] != ASCII.lineFeed,
                        text[lineStart - 1] != ASCII.carriageReturn
                    {
                        lineStart -= 1
                    }
                    cursor.fixedWidth = FixedWidthColumns.detect(
                        text, lineStart: lineStart, headerStarts: starts, dataStart: cursor.position)
                }
                let header = Header(names: names, location: fields[0].location, columns: map)
                return Search(delimiter: delimiter, header: header, preamble: preamble, cursor: cursor)
            }
            return nil
        }
    }

    /// In white-space separated headers, `Mid X` splits into two names: a lone `X` or `Y` joins the name before it
    /// (and the joined name starts where the first part did).
    private static func joinSplitNames(_ names: [String], _ starts: [Int]) -> ([String], [Int]) {
        var joined: [String] = []
        var joinedStarts: [Int] = []
        for (name, start) in zip(names, starts) {
            if ["x", "y"].contains(name.lowercased()), let previous = joined.popLast() {
                joined.append(previous + " " + name)
            } else {
                joined.append(name)
                joinedStarts.append(start)
            }
        }
        return (joined, joinedStarts)
    }

    /// Calls `body` with each data record after the header (every record, for header-less files); returns a
    /// finding for each line that was skipped for being longer than `limits.maximumLineLength`.
    func forEachRecord(_ body: (TabularRecord) -> Void) -> [ParseIssue] {
        if dataCursor.fixedWidth != nil { return forEachFixedWidthRecord(body) }
        return decoded.utf8.withUnsafeBytes { text in
            var cursor = dataCursor
            var fields = CSVCursor.makeFieldBuffer()
            while cursor.next(text, into: &fields) {
                body(TabularRecord(text: text, fields: fields.fields, delimiter: delimiter))
            }
            return cursor.overlongRecords.map { TextIssues.lineTooLong(at: $0, limit: limits.maximumLineLength) }
        }
    }

    /// `forEachRecord` for a fixed-width table, kept out of line: the common CSV loop stays as tight as it was.
    @inline(never)
    private func forEachFixedWidthRecord(_ body: (TabularRecord) -> Void) -> [ParseIssue] {
        decoded.utf8.withUnsafeBytes { text in
            var cursor = dataCursor
            var fields = CSVCursor.makeFieldBuffer()
            while cursor.nextFixedWidth(text, into: &fields) {
                body(TabularRecord(text: text, fields: fields.fields, delimiter: delimiter))
            }
            return cursor.overlongRecords.map { TextIssues.lineTooLong(at: $0, limit: limits.maximumLineLength) }
        }
    }

    /// About how many records the text holds, for reserving room before reading them: its line breaks (LF, or CR
    /// for old Mac files) counted in the first `estimateSample` bytes and scaled to the whole text, plus an eighth,
    /// and at most one per four bytes. Counting them all costs a sixth of an XY file's reading; a guess too low costs
    /// one regrowth of the array, one too high only address space that is never touched.
    var estimatedRecordCount: Int {
        decoded.utf8.withUnsafeBytes { text in
            let sample = min(text.count, Self.estimateSample)
            guard sample > 0 else { return 0 }
            let feeds = text.occurrences(of: ASCII.lineFeed, in: 0..<sample)
            let breaks = feeds > 0 ? feeds : text.occurrences(of: ASCII.carriageReturn, in: 0..<sample)
            let scaled = (breaks + 1) * text.count / sample
            return min(scaled + scaled / 8, text.count / 4 + 1)
        }
    }

    /// How many leading bytes `estimatedRecordCount` counts line breaks in.
    static let estimateSample = 1 << 16

    /// The column index of `kind`, if the header has it.
    package func column(_ kind: ColumnKind) -> Int? { header?.columns.columns[kind] }
}
