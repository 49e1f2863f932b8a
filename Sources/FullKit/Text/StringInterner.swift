#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reuses one `String` for cell values that repeat (footprints, values, sides in XY files), so a file of a million
/// rows does not allocate a million copies of `R_0603_1608Metric`. Holds at most `capacity` distinct strings;
/// past that, strings are made fresh.
struct StringInterner {
    private var table: [UInt64: [(bytes: [UInt8], string: String)]] = [:]
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
            for candidate in candidates where candidate.bytes.count == range.count {
                let equal = candidate.bytes.withUnsafeBytes { stored in
                    range.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress! + range.lowerBound, range.count) == 0
                }
                if equal { return candidate.string }
            }
        }
        let made = bytes.string(range)
        if count < capacity {
            table[hash, default: []].append((Array(bytes[range]), made))
            count += 1
        }
        return made
    }
}
