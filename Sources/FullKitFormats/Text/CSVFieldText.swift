import FullKitCore

extension UnsafeRawBufferPointer {
    /// The field's text: quotes undone, surrounding spaces and tabs removed.
    func fieldText(_ field: CSVField) -> String {
        let range = trimmed(field.range)
        let raw = string(range)
        guard field.hasDoubledQuotes else { return raw }
        return raw.replacing("\"\"", with: "\"")
    }

    /// `range` without leading and trailing spaces and tabs.
    @inline(__always)
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, self[start] == ASCII.space || self[start] == ASCII.tab { start += 1 }
        while end > start, self[end - 1] == ASCII.space || self[end - 1] == ASCII.tab { end -= 1 }
        return start..<end
    }
}
