/// Reuses one `String` for cell values that repeat (footprints, values, sides in XY files), so a file of a million
/// rows does not allocate a million copies of `R_0603_1608Metric`. Holds at most `capacity` distinct strings;
/// past that, strings are made fresh.
struct StringInterner {
    private var table: [UInt64: [String]] = [:]
    private var count = 0
    private let capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// The string for the UTF-8 bytes of `range` (trimmed of spaces and tabs, quotes already removed by the caller).
    mutating func string(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range {
            hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
        }
        if let candidates = table[hash] {
            for candidate in candidates where candidate.utf8.elementsEqual(bytes[range]) {
                return candidate
            }
        }
        let made = bytes.string(range)
        if count < capacity {
            table[hash, default: []].append(made)
            count += 1
        }
        return made
    }
}
