/// Splits decoded text into a `CSVTable`: RFC 4180 quoting, a sniffed delimiter (`,` `;` TAB `|`), or runs of
/// white space for the fixed-width formats (KiCad `.pos`, Eagle `.mnt`, Altium pick-and-place text).
public enum CSVReader {
    /// The delimiters tried by `sniffDelimiter`, in order of preference on a tie.
    static let candidates: [UInt8] = [ASCII.comma, ASCII.tab, ASCII.semicolon, ASCII.pipe]

    /// Splits `text` with `delimiter`, or with runs of white space when it is nil.
    public static func read(_ text: [UInt8], delimiter: UInt8?) -> CSVTable {
        var records: [CSVTable.Record] = []
        text.withUnsafeBytes { bytes in
            var index = 0
            let end = bytes.count
            while index < end {
                let recordStart = index
                var fields: [CSVTable.Field] = []
                var atLineEnd = false
                while !atLineEnd {
                    if delimiter == nil {
                        while index < end, bytes[index] == ASCII.space || bytes[index] == ASCII.tab { index += 1 }
                    }
                    var field = CSVTable.Field(range: index..<index, isQuoted: false)
                    if index < end, bytes[index] == ASCII.quote {
                        index += 1
                        let contentStart = index
                        while index < end {
                            if bytes[index] == ASCII.quote {
                                if index + 1 < end, bytes[index + 1] == ASCII.quote {
                                    index += 2
                                    continue
                                }
                                break
                            }
                            index += 1
                        }
                        field = CSVTable.Field(range: contentStart..<index, isQuoted: true)
                        if index < end { index += 1 }
                    }
                    let contentStart = index
                    while index < end {
                        let byte = bytes[index]
                        if byte == ASCII.lineFeed || byte == ASCII.carriageReturn { break }
                        if let delimiter, byte == delimiter { break }
                        if delimiter == nil, byte == ASCII.space || byte == ASCII.tab { break }
                        index += 1
                    }
                    if !field.isQuoted {
                        field.range = contentStart..<index
                    }
                    let isEmptyTrailing = delimiter == nil && field.range.isEmpty && !field.isQuoted
                    if !isEmptyTrailing { fields.append(field) }
                    if index >= end || bytes[index] == ASCII.lineFeed || bytes[index] == ASCII.carriageReturn {
                        atLineEnd = true
                        if index < end, bytes[index] == ASCII.carriageReturn { index += 1 }
                        if index < end, bytes[index] == ASCII.lineFeed { index += 1 }
                    } else if delimiter != nil {
                        index += 1
                    }
                }
                let isBlank = fields.allSatisfy { !$0.isQuoted && isBlankRange(bytes, $0.range) }
                if !isBlank { records.append(CSVTable.Record(fields: fields, offset: recordStart)) }
            }
        }
        return CSVTable(text: text, delimiter: delimiter, records: records)
    }

    /// The delimiter that splits the first lines most consistently, counting only bytes outside quotes;
    /// nil (white space) when no candidate occurs at all.
    public static func sniffDelimiter(_ text: [UInt8], lines: Int = 20) -> UInt8? {
        var counts = [Int](repeating: 0, count: candidates.count)
        var linesWith = [Int](repeating: 0, count: candidates.count)
        text.withUnsafeBytes { bytes in
            var index = 0
            var line = 0
            var inQuotes = false
            var lineCounts = [Int](repeating: 0, count: candidates.count)
            while index < bytes.count, line < lines {
                let byte = bytes[index]
                if byte == ASCII.quote {
                    inQuotes.toggle()
                } else if !inQuotes, byte == ASCII.lineFeed {
                    for candidate in candidates.indices where lineCounts[candidate] > 0 {
                        counts[candidate] += lineCounts[candidate]
                        linesWith[candidate] += 1
                    }
                    lineCounts = [Int](repeating: 0, count: candidates.count)
                    line += 1
                } else if !inQuotes, let candidate = candidates.firstIndex(of: byte) {
                    lineCounts[candidate] += 1
                }
                index += 1
            }
            for candidate in candidates.indices where lineCounts[candidate] > 0 {
                counts[candidate] += lineCounts[candidate]
                linesWith[candidate] += 1
            }
        }
        var best: Int?
        for candidate in candidates.indices where counts[candidate] > 0 {
            if let current = best {
                if linesWith[candidate] > linesWith[current]
                    || (linesWith[candidate] == linesWith[current] && counts[candidate] > counts[current])
                {
                    best = candidate
                }
            } else {
                best = candidate
            }
        }
        return best.map { candidates[$0] }
    }

    private static func isBlankRange(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Bool {
        range.allSatisfy { bytes[$0] == ASCII.space || bytes[$0] == ASCII.tab }
    }
}
