/// Maps byte offsets of a buffer to line and column.
///
/// Parsers keep only byte offsets on their hot paths; the offsets that need a location (findings, holes) are located
/// together when reading ends, in one pass that counts line ends between them: a loop the compiler vectorises, with
/// no per-line work. A line ends at LF, at CR LF, or at a lone CR.
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
        var feeds = 0
        var returns = 0
        var index = start
        // Eight bytes at a time: a byte equal to the one sought becomes zero after the XOR, and the classic
        // has-zero-byte expression marks exactly those bytes with their top bit.
        while index &+ 8 <= end {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            feeds &+= zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
            returns &+= zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
            index &+= 8
        }
        while index < end {
            feeds &+= bytes[index] == UInt8(ascii: "\n") ? 1 : 0
            returns &+= bytes[index] == UInt8(ascii: "\r") ? 1 : 0
            index &+= 1
        }
        guard returns > 0 else { return feeds }
        var pairs = 0
        for index in start..<end where bytes[index] == UInt8(ascii: "\r") && index + 1 < bytes.count
            && bytes[index + 1] == UInt8(ascii: "\n")
        {
            pairs += 1
        }
        // A CR at `end - 1` whose LF lies at `end` belongs to a CR LF whose end is counted later, at its LF.
        return feeds + returns - pairs
    }

    /// How many bytes of `word` are zero.
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> Int {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return (~(((word & low) &+ low) | word | low)).nonzeroBitCount
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
