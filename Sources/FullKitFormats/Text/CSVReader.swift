import FullKitCore

/// Delimited text: RFC 4180 quoting, a sniffed delimiter (`,` `;` TAB `|`), or runs of white space for the
/// fixed-width formats (KiCad `.pos`, Eagle `.mnt`, Altium pick-and-place text). Readers step through records with
/// `CSVCursor`; `rows` collects them for small inputs.
public enum CSVReader {
    /// The delimiters tried by `sniffDelimiter`, in order of preference on a tie.
    static let candidates: [UInt8] = [ASCII.comma, ASCII.tab, ASCII.semicolon, ASCII.pipe]

    /// The text of every record of `text`, split with `delimiter` (white space when nil), quotes undone.
    public static func rows(_ text: [UInt8], delimiter: UInt8?) -> [[String]] {
        text.withUnsafeBytes { bytes in
            var cursor = CSVCursor(delimiter: delimiter)
            var fields = CSVCursor.makeFieldBuffer()
            var rows: [[String]] = []
            while cursor.next(bytes, into: &fields) {
                rows.append(fields.fields.map { bytes.fieldText($0) })
            }
            return rows
        }
    }

    /// How many leading bytes the delimiter sniffing looks at: the first lines of any real file, and a bound on
    /// the work a giant first line can cause.
    static let sniffWindow = 1 << 16

    /// The delimiter that splits the first lines (within `sniffWindow` bytes) most consistently, counting only bytes
    /// outside quotes; nil (white space) when no candidate occurs at all.
    public static func sniffDelimiter(_ text: [UInt8], lines: Int = 20) -> UInt8? {
        var counts = [Int](repeating: 0, count: candidates.count)
        var linesWith = [Int](repeating: 0, count: candidates.count)
        text.withUnsafeBytes { bytes in
            var index = 0
            var line = 0
            var inQuotes = false
            var lineCounts = [Int](repeating: 0, count: candidates.count)
            let end = min(bytes.count, sniffWindow)
            while index < end, line < lines {
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

}
