import FullKitCore

/// A BOM or XY file decoded, its delimiter sniffed, its header row found and its columns recognised; the data
/// records are then visited one at a time (`forEachRecord`), never all held at once.
package struct TabularFile {
    /// The header row: its names, where it is, and the recognised columns.
    package struct Header {
        package var names: [String]
        var location: SourceLocation
        var columns: ColumnMap
    }

    let decoded: DecodedText
    let delimiter: UInt8?
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

    /// Decodes `bytes` and finds the first record, among the first `headerSearchDepth`, that names all `required`
    /// column kinds. `whitespaceSeparated` forces the white-space splitter (fixed-width formats); `headerless` means
    /// every record is data. Lines longer than `limits.maximumLineLength` are skipped (see `forEachRecord`).
    package init(
        _ bytes: [UInt8], required: Set<ColumnKind>, whitespaceSeparated: Bool = false, headerless: Bool = false,
        limits: ReadLimits = ReadLimits()
    ) {
        self.limits = limits
        decoded = DecodedText(bytes)
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

/// One data record of a `TabularFile`, read field by field straight from the bytes; valid only inside the
/// `forEachRecord` call that passed it.
struct TabularRecord {
    let text: UnsafeRawBufferPointer
    let fields: UnsafeBufferPointer<CSVField>
    /// The file's delimiter; nil when fields are split at white space.
    let delimiter: UInt8?

    /// The field's text, or "" when the record has no such column.
    func string(_ column: Int?) -> String {
        guard let column, column < fields.count else { return "" }
        return text.fieldText(fields[column])
    }

    /// The field's text through `interner`, for columns whose values repeat (footprints, values).
    func string(_ column: Int?, interning interner: inout StringInterner) -> String {
        guard let column, column < fields.count else { return "" }
        let field = fields[column]
        guard !field.hasDoubledQuotes else { return text.fieldText(field) }
        return interner.string(text, text.trimmed(field.range))
    }

    /// The field's bytes without surrounding quotes, spaces and tabs (doubled quotes inside it left as they are), or
    /// an empty range when the record has no such column.
    func trimmedRange(_ column: Int?) -> Range<Int> {
        guard let column, column < fields.count else { return 0..<0 }
        return text.trimmed(fields[column].range)
    }

    /// Where `column` starts, or where the record starts when it has no such column.
    func location(_ column: Int?) -> SourceLocation {
        guard let column, column < fields.count else { return fields[0].location }
        return fields[column].location
    }

    /// The record's fields joined with the file's delimiter (a space for white-space separated files): the text of
    /// a comment line, for the few words read from one.
    var commentText: String {
        fields.map { text.fieldText($0) }.joined(separator: delimiter.map { String(UnicodeScalar($0)) } ?? " ")
    }

    /// Whether the record is a `#` comment line.
    var isComment: Bool {
        guard let first = fields.first, !first.isQuoted, !first.range.isEmpty else { return false }
        return text[first.range.lowerBound] == UInt8(ascii: "#")
    }

    /// The field as a number, and the unit of a `mm`/`mil`/`in` suffix if it has one. Nil when not a number.
    @inline(__always)
    func number(_ column: Int?) -> (value: Double, suffix: LengthUnit?)? {
        guard let column, column < fields.count else { return nil }
        let range = text.trimmed(fields[column].range)
        if let value = DecimalNumber.parse(text, range) { return (value, nil) }
        return numberWithSuffix(range)
    }

    /// The number in `range` followed by a `mm`/`mil`/`in` suffix, and its unit; nil when it is not one.
    private func numberWithSuffix(_ range: Range<Int>) -> (value: Double, suffix: LengthUnit?)? {
        for (suffix, unit) in [("mm", LengthUnit.millimeter), ("mil", .mil), ("in", .inch)] {
            let length = suffix.utf8.count
            guard range.count > length else { continue }
            let tail = range.upperBound - length..<range.upperBound
            guard zip(tail, suffix.utf8).allSatisfy({ ASCII.lowercased(text[$0]) == $1 }) else { continue }
            let body = text.trimmed(range.lowerBound..<tail.lowerBound)
            return DecimalNumber.parse(text, body).map { ($0, unit) }
        }
        return nil
    }

    /// The side a field names: top/bottom, T/B, TopLayer/BottomLayer, front/back, F.Cu/B.Cu, mirror flags
    /// (`SYM_MIRROR YES`, Allegro `m`), and digits as `numbering` reads them. Compared on lower-cased ASCII letters
    /// and digits, without building a String.
    func side(_ column: Int?, numbering: BoardSideWords.Numbering = .none) -> BoardSide? {
        guard let column, column < fields.count else { return nil }
        let range = fields[column].range
        if (1...8).contains(range.count), range.lowerBound &+ 8 <= text.count {
            // The usual cell, letters only (`top`, `Bottom`, `T`): packed from one load, lower-cased at once.
            let word = WordBytes.load(text, at: range.lowerBound)
            if WordBytes.allLetters(word, count: range.count) {
                let lower = (word | 0x2020_2020_2020_2020) & WordBytes.lowBytes(range.count)
                return BoardSideWords.side(packed: lower.byteSwapped >> (64 - 8 * UInt64(range.count)), numbering: numbering)
            }
        }
        var key: UInt64 = 0
        var length = 0
        for index in range {
            let byte = ASCII.lowercased(text[index])
            guard ASCII.isLetter(byte) || ASCII.isDigit(byte) else { continue }
            guard length < 8 else { return BoardSideWords.longWords[text.fieldText(fields[column]).lowercased().filter { $0.isLetter || $0.isNumber }] }
            key = key << 8 | UInt64(byte)
            length += 1
        }
        return BoardSideWords.side(packed: key, numbering: numbering)
    }

    /// The designators listed in the field, added to `builder`, within `limits` (designators per cell, range
    /// expansion) and the file's remaining `expansionBudget`.
    func designators(
        _ column: Int?, limits: ReadLimits, into builder: inout DesignatorNames.Builder, expansionBudget: inout Int
    ) -> DesignatorList.Parsed {
        let range = column.flatMap { $0 < fields.count ? fields[$0].range : nil } ?? 0..<0
        return DesignatorList.parse(text, range, limits: limits, into: &builder, expansionBudget: &expansionBudget)
    }
}
