import FullKitCore

extension UnsafeRawBufferPointer {
    /// The offset of the next line feed or carriage return at or after `start` (found with `memchr`), or the end.
    func lineEnd(from start: Int) -> Int {
        let feed = firstOffset(of: ASCII.lineFeed, from: start, to: count)
        return firstOffset(of: ASCII.carriageReturn, from: start, to: feed)
    }

    /// Where the line after the break at `end` starts (a CR LF pair is one break); `end` itself at the end.
    func lineStart(after end: Int) -> Int {
        guard end < count else { return end }
        return self[end] == ASCII.carriageReturn && end + 1 < count && self[end + 1] == ASCII.lineFeed
            ? end + 2 : end + 1
    }
}
