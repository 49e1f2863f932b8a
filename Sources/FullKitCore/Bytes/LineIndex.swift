/// Maps byte offsets of a buffer to line and column.
///
/// Parsers keep only byte offsets on their hot paths; the offsets that need a location (findings, holes) are located
/// together when reading ends, in one pass that counts line ends between them eight bytes at a time, with no
/// per-line work. A line ends at LF, at CR LF, or at a lone CR.
public enum LineIndex {
    /// The location of each offset in `offsets` (in any order; offsets past the end are clamped to it).
    public static func locations(of offsets: [Int], in bytes: UnsafeRawBufferPointer) -> [SourceLocation] {
        var locations = [SourceLocation](repeating: SourceLocation(line: 1, column: 1), count: offsets.count)
        var line = 1
        var position = 0
        for index in offsets.indices.sorted(by: { offsets[$0] < offsets[$1] }) {
            let target = min(max(offsets[index], 0), bytes.count)
            line += lineEnds(in: bytes, from: position, to: target)
            position = target
            locations[index] = SourceLocation(line: line, column: target - lineStart(in: bytes, before: target) + 1)
        }
        return locations
    }

    /// How many lines end in `bytes[start..<end]`: every LF, and every CR not followed by an LF.
    private static func lineEnds(in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int {
        let feeds = bytes.occurrences(of: UInt8(ascii: "\n"), in: start..<end)
        let returns = bytes.occurrences(of: UInt8(ascii: "\r"), in: start..<end)
        guard returns > 0 else { return feeds }
        var pairs = 0
        for index in start..<end
        where bytes[index] == UInt8(ascii: "\r") && index + 1 < bytes.count
            && bytes[index + 1] == UInt8(ascii: "\n")
        {
            pairs += 1
        }
        // A CR at `end - 1` whose LF lies at `end` belongs to a CR LF whose end is counted later, at its LF.
        return feeds + returns - pairs
    }

    /// The offset where the line holding `offset` starts.
    private static func lineStart(in bytes: UnsafeRawBufferPointer, before offset: Int) -> Int {
        var index = offset
        while index > 0 {
            let previous = bytes[index - 1]
            if previous == UInt8(ascii: "\n") { break }
            if previous == UInt8(ascii: "\r"), index >= bytes.count || bytes[index] != UInt8(ascii: "\n") { break }
            index -= 1
        }
        return index
    }
}
