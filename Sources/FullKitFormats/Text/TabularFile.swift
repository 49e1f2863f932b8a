import FullKitCore

/// A BOM or XY file decoded, its delimiter sniffed, its header row found and its columns recognised; the data
/// records are then visited one at a time (`forEachRecord`), never all held at once.
package struct TabularFile {
    /// The header row: its names, where it is, and the recognised columns.
    package struct Header {
        package var names: [String]
        package var location: SourceLocation
        package var columns: ColumnMap
    }

    let decoded: DecodedText
    package let delimiter: UInt8?
    /// The header row, when one names all the required columns (nil for header-less formats).
    package let header: Header?
    /// The text of the records before the header (or of the first records, when none was found).
    let preamble: [String]
    /// A cursor positioned at the first data record.
    private let dataCursor: CSVCursor
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
        let delimiter = whitespaceSeparated ? nil : CSVReader.sniffDelimiter(decoded.utf8)
        self.delimiter = delimiter
        let search = decoded.utf8.withUnsafeBytes { text -> (Header?, [String], CSVCursor) in
            let fresh = CSVCursor(delimiter: delimiter, maximumRecordLength: limits.maximumLineLength)
            var cursor = fresh
            guard !headerless else { return (nil, [], cursor) }
            var buffer = CSVCursor.makeFieldBuffer()
            var preamble: [String] = []
            for _ in 0..<Self.headerSearchDepth {
                guard cursor.next(text, into: &buffer) else { break }
                let fields = buffer.fields
                var names = fields.map { text.fieldText($0) }
                if delimiter == nil { names = Self.joinSplitNames(names) }
                let loneHash = names.first == "#"
                if names.first?.hasPrefix("#") == true {
                    // KiCad's `# Ref Val …`: the `#` is not a column. A lone `#` became a field of its own.
                    if loneHash { names.removeFirst() } else { names[0] = String(names[0].drop { $0 == "#" }) }
                }
                let map = ColumnMap(headers: names)
                if required.isSubset(of: map.columns.keys) {
                    return (Header(names: names, location: fields[0].location, columns: map), preamble, cursor)
                }
                preamble.append(names.joined(separator: " "))
            }
            return (nil, preamble, fresh)
        }
        (header, preamble, dataCursor) = search
    }

    /// In white-space separated headers, `Mid X` splits into two names: a lone `X` or `Y` joins the name before it.
    private static func joinSplitNames(_ names: [String]) -> [String] {
        var joined: [String] = []
        for name in names {
            if ["x", "y"].contains(name.lowercased()), let previous = joined.popLast() {
                joined.append(previous + " " + name)
            } else {
                joined.append(name)
            }
        }
        return joined
    }

    /// Calls `body` with each data record after the header (every record, for header-less files); returns a
    /// finding for each line that was skipped for being longer than `limits.maximumLineLength`.
    func forEachRecord(_ body: (TabularRecord) -> Void) -> [ParseIssue] {
        decoded.utf8.withUnsafeBytes { text in
            var cursor = dataCursor
            var fields = CSVCursor.makeFieldBuffer()
            while cursor.next(text, into: &fields) {
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
