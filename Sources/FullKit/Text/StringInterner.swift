#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reuses one `String` for cell values that repeat (footprints, values, sides in XY files), so a file of a million
/// rows does not allocate a million copies of `R_0603_1608Metric`. Holds at most `capacity` distinct strings;
/// past that, strings are made fresh.
///
/// An open-addressing table keyed by a hash of the bytes taken eight at a time: a repeated value costs one hash,
/// one probe and one `memcmp`, and no `String` is built to look it up.
struct StringInterner {
    private struct Entry {
        var hash: UInt64
        /// Where the entry's bytes are in `storedBytes`.
        var start: Int
        var length: Int
        var string: String
    }

    private var slots: [Entry?]
    private var storedBytes: [UInt8] = []
    private var count = 0
    private let capacity: Int

    /// A table for up to `capacity` distinct strings (at most half full, so probes stay short).
    init(capacity: Int = 4096) {
        self.capacity = capacity
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: nil, count: size)
    }

    /// The string for the UTF-8 bytes of `range` (trimmed of spaces and tabs, quotes already removed by the caller).
    mutating func string(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> String {
        let hash = Self.hash(bytes, range)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while let entry = slots[slot] {
            if entry.hash == hash, entry.length == range.count, equal(entry, bytes, range) { return entry.string }
            slot = (slot + 1) & mask
        }
        let made = bytes.string(range)
        if count < capacity {
            slots[slot] = Entry(hash: hash, start: storedBytes.count, length: range.count, string: made)
            storedBytes.append(contentsOf: bytes[range])
            count += 1
        }
        return made
    }

    private func equal(_ entry: Entry, _ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Bool {
        range.isEmpty || storedBytes.withUnsafeBytes { stored in
            memcmp(stored.baseAddress! + entry.start, bytes.baseAddress! + range.lowerBound, range.count) == 0
        }
    }

    /// FNV-1a over eight-byte words (and the last bytes one at a time), mixed at the end so low bits vary.
    private static func hash(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(range.count)
        var index = range.lowerBound
        while index &+ 8 <= range.upperBound {
            hash = (hash ^ WordBytes.load(bytes, at: index)) &* 0x0000_0100_0000_01B3
            index &+= 8
        }
        while index < range.upperBound {
            hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
            index &+= 1
        }
        return (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9 ^ (hash >> 32)
    }
}
