/// Maps byte offsets of a buffer to line and column.
///
/// Parsers keep only byte offsets on their hot paths; a `LineIndex` is built once per file, and only when a finding
/// needs a location. A line ends at LF, at CR LF, or at a lone CR.
public struct LineIndex: Sendable {
    private let lineStarts: [Int]

    /// Builds the index of `bytes`.
    public init(_ bytes: UnsafeRawBufferPointer) {
        var starts = [0]
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                starts.append(index + 1)
            } else if byte == UInt8(ascii: "\r") {
                if index + 1 < count, bytes[index + 1] == UInt8(ascii: "\n") {
                    index += 1
                }
                starts.append(index + 1)
            }
            index += 1
        }
        lineStarts = starts
    }

    /// The location of the byte at `offset`.
    public func location(ofOffset offset: Int) -> SourceLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset {
                low = middle
            } else {
                high = middle - 1
            }
        }
        return SourceLocation(line: low + 1, column: offset - lineStarts[low] + 1)
    }
}
