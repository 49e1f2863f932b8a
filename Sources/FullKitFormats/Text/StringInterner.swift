import FullKitCore

/// Reuses one `String` for cell values that repeat (footprints, values, sides in XY files), so a file of a million
/// rows does not allocate a million copies of `R_0603_1608Metric`. Holds at most `capacity` distinct strings;
/// past that, strings are made fresh.
///
/// An open-addressing table keyed by a hash of the bytes taken eight at a time: a repeated value costs one hash,
/// one probe and a comparison eight bytes at a time, and no `String` is built to look it up.
struct StringInterner {
    /// Where an entry's bytes are in `storedBytes`, and their hash; a `length` of -1 marks an empty slot. Kept apart
    /// from the strings so a probe reads plain integers and retains no string it does not return.
    private struct Key {
        var hash: UInt64
        var start: Int
        var length: Int

        static let empty = Key(hash: 0, start: 0, length: -1)
    }

    private var keys: [Key]
    private var strings: [String]
    /// The bytes of the strings held, after eight zeros: eight bytes then precede every entry's end, so its last few
    /// bytes are read with one load (`WordBytes.tail`).
    private var storedBytes = [UInt8](repeating: 0, count: 8)
    private var count = 0
    private let capacity: Int

    /// A table for up to `capacity` distinct strings. It starts small and doubles to stay at most half full (so
    /// probes stay short), which keeps the few hundred values of a typical file in the fastest cache.
    init(capacity: Int = 4096) {
        self.capacity = capacity
        keys = Array(repeating: .empty, count: 16)
        strings = Array(repeating: "", count: 16)
    }

    /// The string for the UTF-8 bytes of `range` (trimmed of spaces and tabs, quotes already removed by the caller).
    @inline(__always)
    mutating func string(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> String {
        let hash = Self.hash(bytes, range)
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let key = keys[slot]
            if key.length < 0 { return insert(bytes, range, hash: hash) }
            if key.hash == hash, key.length == range.count, equal(key, bytes, range) { return strings[slot] }
            slot = (slot + 1) & mask
        }
    }

    /// Makes the string for `range` (not in the table), and keeps it while the table has room.
    private mutating func insert(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, hash: UInt64) -> String {
        let made = bytes.string(range)
        guard count < capacity else { return made }
        if (count + 1) * 2 > keys.count { resize(to: keys.count * 2) }
        place(Key(hash: hash, start: storedBytes.count, length: range.count), made)
        storedBytes.append(contentsOf: bytes[range])
        count += 1
        return made
    }

    /// Puts `key` and `string` in the first empty slot from the key's hash on.
    private mutating func place(_ key: Key, _ string: String) {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while keys[slot].length >= 0 { slot = (slot + 1) & mask }
        keys[slot] = key
        strings[slot] = string
    }

    private mutating func resize(to size: Int) {
        let (oldKeys, oldStrings) = (keys, strings)
        keys = Array(repeating: .empty, count: size)
        strings = Array(repeating: "", count: size)
        for (key, string) in zip(oldKeys, oldStrings) where key.length >= 0 { place(key, string) }
    }

    /// Whether the key's bytes are those of `range` (of the same length), compared eight at a time.
    @inline(__always)
    private func equal(_ key: Key, _ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Bool {
        storedBytes.withUnsafeBytes { stored in
            var (index, storedIndex) = (range.lowerBound, key.start)
            while index &+ 8 <= range.upperBound {
                guard WordBytes.load(bytes, at: index) == WordBytes.load(stored, at: storedIndex) else { return false }
                (index, storedIndex) = (index &+ 8, storedIndex &+ 8)
            }
            let rest = range.upperBound &- index
            return WordBytes.tail(bytes, count: rest, before: range.upperBound)
                == WordBytes.tail(stored, count: rest, before: storedIndex &+ rest)
        }
    }

    /// FNV-1a over eight-byte words (the last few bytes as one more), mixed at the end so low bits vary.
    @inline(__always)
    private static func hash(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(range.count)
        var index = range.lowerBound
        while index &+ 8 <= range.upperBound {
            hash = (hash ^ WordBytes.load(bytes, at: index)) &* 0x0000_0100_0000_01B3
            index &+= 8
        }
        if index < range.upperBound {
            hash =
                (hash ^ WordBytes.tail(bytes, count: range.upperBound &- index, before: range.upperBound))
                &* 0x0000_0100_0000_01B3
        }
        return (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9 ^ (hash >> 32)
    }
}
