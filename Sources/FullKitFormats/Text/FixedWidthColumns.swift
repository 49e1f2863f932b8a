import FullKitCore

/// The columns of a fixed-width table (Altium's "Pick Place" text, Eagle's Partlist): each column starts where its
/// header name starts, counted in characters, and runs to the next. Cells may hold spaces (`LED, 0603, Red`), and empty
/// cells leave a gap: splitting at white space would shift every column after them.
struct FixedWidthColumns {
    /// Where each column starts, in characters from the start of its line.
    let starts: [Int]

    /// How many data lines are looked at to decide that a table is fixed-width.
    static let probeLines = 20

    /// The columns of the header whose fields start at `headerStarts` (byte offsets in `text`) on the line that begins
    /// at `lineStart`, when the data lines after `dataStart` keep to them: in nine lines of ten, the character before
    /// each column (but the first) is a space, or the line has ended. Nil otherwise (a white-space table such as
    /// KiCad's `.pos`, whose data start left of the header's names).
    static func detect(
        _ text: UnsafeRawBufferPointer, lineStart: Int, headerStarts: [Int], dataStart: Int
    ) -> FixedWidthColumns? {
        guard headerStarts.count >= 2 else { return nil }
        let starts = headerStarts.map { characters(text, from: lineStart, to: $0) }
        guard starts.first == 0, zip(starts, starts.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
        var position = dataStart
        var checked = 0
        var aligned = 0
        while position < text.count, checked < probeLines {
            let end = text.lineEnd(from: position)
            defer { position = text.lineStart(after: end) }
            let line = UnsafeRawBufferPointer(rebasing: text[position..<end])
            guard line.contains(where: { $0 != ASCII.space && $0 != ASCII.tab }), line.first != UInt8(ascii: "#") else {
                continue
            }
            checked += 1
            if starts.dropFirst().allSatisfy({ start in
                guard let offset = byteOffset(line, ofCharacter: start - 1) else { return true }
                return line[offset] == ASCII.space || line[offset] == ASCII.tab
            }) {
                aligned += 1
            }
        }
        return checked > 0 && aligned * 10 >= checked * 9 ? FixedWidthColumns(starts: starts) : nil
    }

    /// The byte range of each cell of the line `line` (spaces around a cell left out), one per column.
    func cells(_ line: UnsafeRawBufferPointer, at lineStart: Int) -> [Range<Int>] {
        let bounds = starts.map { Self.byteOffset(line, ofCharacter: $0) ?? line.count } + [line.count]
        return (0..<starts.count).map { index in
            var (low, high) = (bounds[index], max(bounds[index], bounds[index + 1]))
            while low < high, line[low] == ASCII.space || line[low] == ASCII.tab { low += 1 }
            while high > low, line[high - 1] == ASCII.space || line[high - 1] == ASCII.tab { high -= 1 }
            return lineStart + low..<lineStart + high
        }
    }

    /// How many characters (UTF-8 scalars) lie in `text[from..<to]`.
    private static func characters(_ text: UnsafeRawBufferPointer, from: Int, to: Int) -> Int {
        (from..<to).count { text[$0] & 0xC0 != 0x80 }
    }

    /// The byte offset of the character at index `character` of `line`, or nil when the line is shorter.
    private static func byteOffset(_ line: UnsafeRawBufferPointer, ofCharacter character: Int) -> Int? {
        var seen = -1
        for index in line.indices where line[index] & 0xC0 != 0x80 {
            seen += 1
            if seen == character { return index }
        }
        return nil
    }
}
