#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ASCII byte constants and classes used by the byte-level parsers.
@usableFromInline package enum ASCII {
    @inlinable package static var tab: UInt8 { UInt8(ascii: "\t") }
    @inlinable package static var lineFeed: UInt8 { UInt8(ascii: "\n") }
    @inlinable package static var carriageReturn: UInt8 { UInt8(ascii: "\r") }
    @inlinable package static var space: UInt8 { UInt8(ascii: " ") }
    @inlinable package static var quote: UInt8 { UInt8(ascii: "\"") }
    @inlinable package static var comma: UInt8 { UInt8(ascii: ",") }
    @inlinable package static var semicolon: UInt8 { UInt8(ascii: ";") }
    @inlinable package static var pipe: UInt8 { UInt8(ascii: "|") }
    @inlinable package static var percent: UInt8 { UInt8(ascii: "%") }
    @inlinable package static var asterisk: UInt8 { UInt8(ascii: "*") }
    @inlinable package static var plus: UInt8 { UInt8(ascii: "+") }
    @inlinable package static var minus: UInt8 { UInt8(ascii: "-") }
    @inlinable package static var period: UInt8 { UInt8(ascii: ".") }
    @inlinable package static var zero: UInt8 { UInt8(ascii: "0") }

    @inlinable @inline(__always)
    package static func isDigit(_ byte: UInt8) -> Bool { byte &- zero < 10 }

    @inlinable @inline(__always)
    package static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }

    @inlinable @inline(__always)
    package static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == lineFeed || byte == carriageReturn
    }

    @inlinable @inline(__always)
    package static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte &+ 0x20 : byte
    }

    @inlinable @inline(__always)
    package static func uppercased(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "a") < 26 ? byte &- 0x20 : byte
    }
}

extension UnsafeRawBufferPointer {
    /// Whether the bytes in `range` equal the ASCII text `literal`, ignoring ASCII case.
    @inlinable
    package func matchesCaseInsensitive(_ literal: StaticString, at offset: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard offset >= 0, offset + length <= count else { return false }
        let pattern = literal.utf8Start
        for index in 0..<length where ASCII.uppercased(self[offset + index]) != ASCII.uppercased(pattern[index]) {
            return false
        }
        return true
    }

    /// Whether the bytes at `offset` equal the ASCII text `literal` exactly.
    @inlinable
    package func matches(_ literal: StaticString, at offset: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard offset >= 0, offset + length <= count else { return false }
        let pattern = literal.utf8Start
        for index in 0..<length where self[offset + index] != pattern[index] {
            return false
        }
        return true
    }

    /// The first offset at or after `start` (and before `end`) that holds `byte`, or `end`. The first 32 bytes are
    /// looked at in place (most Gerber blocks are shorter), the rest with `memchr`.
    @inlinable @inline(__always)
    package func firstOffset(of byte: UInt8, from start: Int, to end: Int) -> Int {
        var index = start
        let near = Swift.min(end, start &+ 32)
        while index < near {
            if self[index] == byte { return index }
            index &+= 1
        }
        guard index < end, let base = baseAddress else { return end }
        guard let found = memchr(base + index, Int32(byte), end - index) else { return end }
        return base.distance(to: UnsafeRawPointer(found))
    }

    /// The last offset that holds `byte`, or nil (looked for from the end).
    @inlinable
    package func lastOffset(of byte: UInt8) -> Int? {
        var index = count - 1
        while index >= 0, self[index] != byte { index -= 1 }
        return index >= 0 ? index : nil
    }

    /// Up to 40 bytes of `range` for a message, line breaks and control bytes shown as spaces.
    package func excerpt(_ range: Range<Int>) -> String {
        let end = Swift.min(range.upperBound, range.lowerBound + 40)
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: self[range.lowerBound..<end]), as: UTF8.self)
        let cleaned = String(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : Character($0) })
        return end < range.upperBound ? cleaned + "…" : cleaned
    }

    /// The bytes of `range` decoded as UTF-8 (invalid sequences repaired).
    package func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: self[range]), as: UTF8.self)
    }
}
