import FullKitCore

/// Steps through delimited text one record at a time, with no allocation per record: the caller passes the same
/// field buffer each time (`makeFieldBuffer()`). RFC 4180 quoting (doubled quotes, delimiters and line breaks inside quotes); a nil
/// delimiter splits at runs of spaces and tabs, for fixed-width formats. Lines end at LF, CR LF or CR.
/// A record longer than `maximumRecordLength` bytes is skipped to the end of its line and its place kept in
/// `overlongRecords`; fields past `maximumFieldCount` are not kept, so memory per record stays bounded.
struct CSVCursor {
    /// The most fields kept per record; no BOM or XY file has nearly as many columns.
    static let maximumFieldCount = 4096

    /// The delimiter; for white-space splitting, a space (tabs are treated alike).
    private let separator: UInt8
    private let splitsOnWhitespace: Bool
    private(set) var position = 0
    private var line = 1
    private var lineStart = 0
    private let maximumRecordLength: Int
    /// Where each record that was longer than `maximumRecordLength` started; those records were skipped.
    private(set) var overlongRecords: [SourceLocation] = []
    /// For a fixed-width table, its columns: each line is cut where the header's names start (`nextFixedWidth`).
    var fixedWidth: FixedWidthColumns?

    init(delimiter: UInt8?, maximumRecordLength: Int = Int.max) {
        separator = delimiter ?? ASCII.space
        splitsOnWhitespace = delimiter == nil
        self.maximumRecordLength = maximumRecordLength
    }

    /// A buffer for `next` to read records into, which keeps at most `maximumFieldCount` fields of each.
    static func makeFieldBuffer() -> CSVFieldBuffer { CSVFieldBuffer(capacity: maximumFieldCount) }

    /// Reads the next record that is not blank (only empty or white-space fields, quoted or not, as Altium's `""`
    /// line) into `fields` (cleared first); false at the end of the text.
    mutating func next(_ bytes: UnsafeRawBufferPointer, into fields: inout CSVFieldBuffer) -> Bool {
        let end = bytes.count
        records: while position < end {
            fields.removeAll()
            var blank = true
            let recordStart = position
            let recordLocation = SourceLocation(line: line, column: position - lineStart + 1)
            while true {
                if splitsOnWhitespace {
                    while position < end, bytes[position] == ASCII.space || bytes[position] == ASCII.tab {
                        position += 1
                    }
                }
                let location = SourceLocation(line: line, column: position - lineStart + 1)
                if position < end, bytes[position] == ASCII.quote {
                    let field = readQuoted(bytes, location: location)
                    if blank, hasContent(bytes, field.range) { blank = false }
                    fields.append(field)
                } else {
                    let start = position
                    position = fieldEnd(bytes, from: position)
                    if blank, hasContent(bytes, start..<position) { blank = false }
                    if !splitsOnWhitespace || position > start {
                        fields.append(CSVField(range: start..<position, isQuoted: false, location: location))
                    }
                }
                if position - recordStart > maximumRecordLength {
                    skipOverlongRecord(bytes, startingAt: recordLocation)
                    continue records
                }
                if position >= end { break }
                let byte = bytes[position]
                if byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
                    position +=
                        byte == ASCII.carriageReturn && position + 1 < end && bytes[position + 1] == ASCII.lineFeed
                        ? 2 : 1
                    line += 1
                    lineStart = position
                    break
                }
                if !splitsOnWhitespace { position += 1 }
            }
            if !blank { return true }
        }
        return false
    }

    /// Reads the next line that is not blank as a record of the fixed-width columns (`fixedWidth`): one field per
    /// column. Kept apart from `next`: a test for it inside `next`'s loop costs every CSV 4 % more instructions.
    mutating func nextFixedWidth(_ bytes: UnsafeRawBufferPointer, into fields: inout CSVFieldBuffer) -> Bool {
        guard let columns = fixedWidth else { return false }
        while position < bytes.count {
            fields.removeAll()
            let end = bytes.lineEnd(from: position)
            let start = position
            let startLine = line
            position = bytes.lineStart(after: end)
            line += 1
            lineStart = position
            guard end - start <= maximumRecordLength else {
                overlongRecords.append(SourceLocation(line: startLine, column: 1))
                continue
            }
            let text = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
            guard text.contains(where: { $0 != ASCII.space && $0 != ASCII.tab }) else { continue }
            for cell in columns.cells(text, at: start) {
                let location = SourceLocation(line: startLine, column: cell.lowerBound - start + 1)
                // Altium quotes its strings inside the columns: `"10k"`.
                let quoted =
                    cell.count >= 2 && bytes[cell.lowerBound] == ASCII.quote
                    && bytes[cell.upperBound - 1] == ASCII.quote
                let content = quoted ? cell.lowerBound + 1..<cell.upperBound - 1 : cell
                fields.append(CSVField(range: content, isQuoted: quoted, location: location))
            }
            return true
        }
        return false
    }

    /// Skips the rest of the line of a record that is too long, and keeps where it started.
    private mutating func skipOverlongRecord(_ bytes: UnsafeRawBufferPointer, startingAt location: SourceLocation) {
        overlongRecords.append(location)
        position = bytes.lineStart(after: bytes.lineEnd(from: position))
        line += 1
        lineStart = position
    }

    /// The end of an unquoted field: the next separator or line break.
    @inline(__always)
    private func fieldEnd(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        var index = start
        let end = bytes.count
        if splitsOnWhitespace {
            while index < end {
                let byte = bytes[index]
                if byte <= ASCII.space,
                    byte == ASCII.space || byte == ASCII.tab || byte == ASCII.lineFeed || byte == ASCII.carriageReturn
                {
                    break
                }
                index += 1
            }
        } else {
            index = bytes.firstOffset(ofAny: (separator, ASCII.lineFeed, ASCII.carriageReturn), from: index, to: end)
        }
        return index
    }

    /// Reads a quoted field starting at the opening quote; counts the line breaks inside it.
    private mutating func readQuoted(_ bytes: UnsafeRawBufferPointer, location: SourceLocation) -> CSVField {
        let end = bytes.count
        position += 1
        let contentStart = position
        var doubledQuotes = false
        while true {
            position = bytes.firstOffset(
                ofAny: (ASCII.quote, ASCII.lineFeed, ASCII.carriageReturn), from: position, to: end)
            guard position < end else { break }
            let byte = bytes[position]
            if byte == ASCII.quote {
                if position + 1 < end, bytes[position + 1] == ASCII.quote {
                    doubledQuotes = true
                    position += 2
                    continue
                }
                break
            }
            if byte == ASCII.lineFeed
                || (byte == ASCII.carriageReturn && (position + 1 >= end || bytes[position + 1] != ASCII.lineFeed))
            {
                line += 1
                lineStart = position + 1
            }
            position += 1
        }
        let field = CSVField(
            range: contentStart..<position, isQuoted: true, hasDoubledQuotes: doubledQuotes, location: location)
        if position < end { position += 1 }
        // Anything between the closing quote and the separator is not part of a valid field; skip it.
        position = fieldEnd(bytes, from: position)
        return field
    }

    @inline(__always)
    private func hasContent(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Bool {
        for index in range where bytes[index] != ASCII.space && bytes[index] != ASCII.tab { return true }
        return false
    }
}
