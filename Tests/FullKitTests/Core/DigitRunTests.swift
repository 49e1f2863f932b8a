import FullKit
import Testing

/// The eight-at-a-time digit reader behind Gerber coordinates, against a byte-by-byte reading of the same text.
@Suite("Digit runs")
struct DigitRunTests {
    /// What a byte-by-byte reader finds: the value (wrapping) and the count of the digits at `start`.
    static func expected(_ text: [UInt8], from start: Int, before end: Int) -> (UInt64, Int) {
        var value: UInt64 = 0
        var index = start
        while index < end, text[index] >= 0x30, text[index] <= 0x39 {
            value = value &* 10 &+ UInt64(text[index] - 0x30)
            index += 1
        }
        return (value, index - start)
    }

    static func read(_ text: [UInt8], from start: Int, before end: Int) -> (UInt64, Int, Int) {
        text.withUnsafeBytes { bytes in
            var index = start
            var value: UInt64 = 0
            let count = bytes.accumulateDigits(from: &index, before: end, into: &value)
            return (value, count, index)
        }
    }

    @Test("runs of 0 to 20 digits, ended by every byte that is not a digit, with and without room for an 8-byte load")
    func everyLengthAndTerminator() {
        for length in 0...20 {
            for terminator in (0...255).map(UInt8.init) where !(0x30...0x39).contains(terminator) {
                let digits = (0..<length).map { UInt8(0x30 + ($0 * 7 + 3) % 10) }
                for padding in [0, 1, 7, 16] {
                    let text =
                        [UInt8(ascii: "X")] + digits + [terminator]
                        + Array(repeating: UInt8(ascii: "5"), count: padding)
                    let (value, count, index) = Self.read(text, from: 1, before: text.count)
                    let (expectedValue, expectedCount) = Self.expected(text, from: 1, before: text.count)
                    #expect(
                        value == expectedValue && count == expectedCount && index == 1 + expectedCount,
                        "length \(length), terminator \(terminator), padding \(padding)")
                }
            }
        }
    }

    @Test("the run stops at `end` even when digits go on past it")
    func stopsAtEnd() {
        let text = Array("123456789012345678".utf8)
        for end in 0...text.count {
            let (value, count, _) = Self.read(text, from: 0, before: end)
            let (expectedValue, expectedCount) = Self.expected(text, from: 0, before: end)
            #expect(value == expectedValue && count == expectedCount, "end \(end)")
        }
    }

    @Test("digits are added to what the mantissa already holds")
    func accumulates() {
        let (value, count, _) = Self.read(Array("00012345.".utf8), from: 0, before: 9)
        #expect(count == 8 && value == 12345)
        let text = Array("987654321x".utf8)
        let continued = text.withUnsafeBytes { bytes in
            var index = 0
            var value: UInt64 = 42
            _ = bytes.accumulateDigits(from: &index, before: text.count, into: &value)
            return value
        }
        #expect(continued == 42_987_654_321)
    }
}

@Suite("Byte counts")
struct ByteCountTests {
    @Test(
        "the first of three bytes, against a plain scan, over text rich in the bytes a borrow can mislead (0, 1, 0x80)")
    func firstOfThree() {
        var generator = SeededGenerator(seed: 7)
        let alphabet: [UInt8] = [
            0x00, 0x01, 0x02, 0x7F, 0x80, 0x81, 0xFF, 0x2B, 0x2D, UInt8(ascii: ","), 0x0A, 0x0B, 0x0D,
        ]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }
            let start = Int.random(in: 0...text.count, using: &generator)
            let end = Int.random(in: start...text.count, using: &generator)
            let targets = (UInt8(ascii: ","), UInt8(0x0A), UInt8(0x0D))
            let expected = text[start..<end].firstIndex { $0 == targets.0 || $0 == targets.1 || $0 == targets.2 } ?? end
            let found = text.withUnsafeBytes { $0.firstOffset(ofAny: targets, from: start, to: end) }
            #expect(found == expected, "\(text) from \(start) to \(end)")
        }
    }

    @Test("the last 0 to 7 bytes before an offset as one word, with and without eight bytes before it")
    func tailWords() {
        let text = Array("abcdefghijklmnop".utf8)
        text.withUnsafeBytes { bytes in
            for end in 0...text.count {
                for count in 0...min(7, end) {
                    let expected = text[end - count..<end].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                    #expect(WordBytes.tail(bytes, count: count, before: end) == expected, "end \(end), count \(count)")
                }
            }
        }
    }

    @Test("all-letters test on 1 to 8 bytes, against a byte-by-byte test, for every byte in every position")
    func allLetters() {
        for count in 1...8 {
            for position in 0..<count {
                for byte in 0...255 {
                    var bytes = Array("BottomLy".utf8)
                    bytes[position] = UInt8(byte)
                    let word = bytes.withUnsafeBytes { WordBytes.load($0, at: 0) }
                    let expected = bytes[..<count].allSatisfy {
                        (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0)
                    }
                    #expect(
                        WordBytes.allLetters(word, count: count) == expected,
                        "count \(count), byte \(byte) at \(position)")
                }
            }
        }
    }

    @Test("occurrences of a byte, eight at a time and in the tail, within a range")
    func occurrences() {
        let text = Array("a,b,,c\n,,,,,,,,,,x,".utf8)
        text.withUnsafeBytes { bytes in
            for start in 0..<text.count {
                for end in start...text.count {
                    let expected = text[start..<end].filter { $0 == UInt8(ascii: ",") }.count
                    #expect(bytes.occurrences(of: UInt8(ascii: ","), in: start..<end) == expected)
                }
            }
        }
    }
}
