/// Eight bytes at a time (SWAR): which bytes of a 64-bit word, loaded little-endian, equal a given byte.
@usableFromInline package enum WordBytes {
    /// `byte` repeated in all eight bytes of a word.
    @inlinable @inline(__always)
    package static func broadcast(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// A word with the top bit set in exactly the bytes of `word` that are zero (no carries between bytes, so it is
    /// exact for every byte, not only the first).
    @inlinable @inline(__always)
    package static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word | low)
    }

    /// A word whose lowest set bit is the top bit of the first (lowest) zero byte of `word`, or 0 when it has none.
    /// Bytes after the first zero byte may be marked wrongly (a borrow runs on from it), so this finds the first
    /// only; three operations where `zeroBytes` takes five.
    @inlinable @inline(__always)
    package static func firstZeroByte(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }

    /// A word with the top bit set in exactly the bytes of `word` that are below `limit` (at most 128).
    @inlinable @inline(__always)
    package static func bytesBelow(_ limit: UInt8, _ word: UInt64) -> UInt64 {
        let atLeast = (word & 0x7F7F_7F7F_7F7F_7F7F) &+ broadcast(0x80 &- limit)
        return ~(atLeast | word) & 0x8080_8080_8080_8080
    }

    /// The `count` (0...7) bytes of `bytes` before `end` as a word, the first in the lowest bits and zeros above
    /// them: one load (of the eight bytes before `end`, shifted) when eight bytes precede `end`.
    @inlinable @inline(__always)
    package static func tail(_ bytes: UnsafeRawBufferPointer, count: Int, before end: Int) -> UInt64 {
        guard count > 0 else { return 0 }
        if end >= 8 { return load(bytes, at: end &- 8) &>> UInt64(64 &- 8 &* count) }
        var word: UInt64 = 0
        for index in end &- count..<end { word = word &>> 8 | UInt64(bytes[index]) &<< 56 }
        return word &>> UInt64(64 &- 8 &* count)
    }

    /// A word whose lowest `count` (0...8) bytes are all ones.
    @inlinable @inline(__always)
    package static func lowBytes(_ count: Int) -> UInt64 {
        (UInt64(1) << (8 * count)) &- 1
    }

    /// Whether the lowest `count` (1...8) bytes of `word` are all ASCII letters (either case).
    @inlinable @inline(__always)
    package static func allLetters(_ word: UInt64, count: Int) -> Bool {
        let mask = lowBytes(count)
        let lower = (word | 0x2020_2020_2020_2020) & mask
        guard word & mask & 0x8080_8080_8080_8080 == 0 else { return false }
        // With no high bit set, adding cannot carry from one byte into the next: the high bit then says "at least".
        let atLeastA = lower &+ broadcast(0x80 &- UInt8(ascii: "a"))
        let pastZ = lower &+ broadcast(0x80 &- UInt8(ascii: "z") &- 1)
        return atLeastA & ~pastZ & 0x8080_8080_8080_8080 == mask & 0x8080_8080_8080_8080
    }

    /// The eight bytes at `offset` of `bytes` (the caller ensures eight are there), the first in the lowest bits.
    @inlinable @inline(__always)
    package static func load(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
}

extension UnsafeRawBufferPointer {
    /// The first offset at or after `start` (and before `end`) that holds one of the three bytes `targets`, or `end`;
    /// eight bytes are looked at a time.
    @inlinable @inline(__always)
    package func firstOffset(ofAny targets: (UInt8, UInt8, UInt8), from start: Int, to end: Int) -> Int {
        let (first, second, third) =
            (WordBytes.broadcast(targets.0), WordBytes.broadcast(targets.1), WordBytes.broadcast(targets.2))
        var index = start
        while index &+ 8 <= end {
            let word = WordBytes.load(self, at: index)
            // Each term's lowest mark is exact, so the lowest mark of the three together is the first target.
            let found =
                WordBytes.firstZeroByte(word ^ first) | WordBytes.firstZeroByte(word ^ second)
                | WordBytes.firstZeroByte(word ^ third)
            if found != 0 { return index &+ found.trailingZeroBitCount >> 3 }
            index &+= 8
        }
        while index < end {
            let byte = self[index]
            if byte == targets.0 || byte == targets.1 || byte == targets.2 { return index }
            index &+= 1
        }
        return end
    }

    /// How many bytes of `range` equal `byte`, counted eight at a time.
    @inlinable
    package func occurrences(of byte: UInt8, in range: Range<Int>) -> Int {
        let pattern = WordBytes.broadcast(byte)
        var found = 0
        var index = range.lowerBound
        while index &+ 8 <= range.upperBound {
            found &+= WordBytes.zeroBytes(WordBytes.load(self, at: index) ^ pattern).nonzeroBitCount
            index &+= 8
        }
        while index < range.upperBound {
            if self[index] == byte { found &+= 1 }
            index &+= 1
        }
        return found
    }
}
