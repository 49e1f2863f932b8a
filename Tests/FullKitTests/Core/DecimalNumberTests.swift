import Foundation
import FullKit
import Testing

/// The number reader behind CSV cells, Excellon coordinates and Gerber parameters, against Foundation's reading of
/// the same text.
@Suite("Decimal numbers")
struct DecimalNumberTests {
    static func parse(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBytes { DecimalNumber.parse($0, 0..<$0.count) }
    }

    @Test(
        "numbers as BOM, XY and drill files write them read as Foundation reads them",
        arguments: [
            "0", "-0", "+7", "12.5", "-169.4867", ".5", "5.", "0.000001", "123456789012345678", "-98765.4321",
            "00000000000000000000042", "1.0000000000000000000000001", "0.00000000000000000000000012",
        ])
    func readsLikeFoundation(text: String) {
        #expect(Self.parse(text) == Double(text))
    }

    @Test(
        "what is not a whole number is nil",
        arguments: [
            "", "-", "+", ".", "1.2.3", "12a", "1e5", " 1", "1 ", "--1", "1234567890123456789",
        ])
    func refuses(text: String) {
        #expect(Self.parse(text) == nil)
    }

    /// What `parse` must give: Foundation's reading of `[+-]digits[.digits]` with at least one digit, nil otherwise.
    static func expected(_ text: String) -> Double? {
        var body = Substring(text)
        if let first = body.first, first == "-" || first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard body.contains(where: \.isNumber), parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return nil
        }
        return Double(text)
    }

    @Test("short cells with room for an eight-byte load (the one-load path) read as Foundation reads them")
    func shortCellsInLongerText() {
        var generator = SeededGenerator(seed: 11)
        let alphabet = Array("0123456789..-+x")
        for _ in 0..<20_000 {
            let text = String(
                (0..<Int.random(in: 0...10, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let buffer = Array((text + ",987654321.5").utf8)
            let read = buffer.withUnsafeBytes { DecimalNumber.parse($0, 0..<text.utf8.count) }
            #expect(read == Self.expected(text), "\(text)")
        }
    }

    @Test("a number inside a longer buffer is read within its range only")
    func withinRange() {
        let text = Array("x,40.3093,-5,12345678901".utf8)
        text.withUnsafeBytes { bytes in
            #expect(DecimalNumber.parse(bytes, 2..<9) == 40.3093)
            #expect(DecimalNumber.parse(bytes, 10..<12) == -5)
            #expect(DecimalNumber.parse(bytes, 13..<17) == 1234)
        }
    }

    @Test("powers of ten are exact up to 10^22 and computed past it")
    func powers() {
        for exponent in 0...22 { #expect(DecimalNumber.powerOfTen(exponent) == pow(10, Double(exponent))) }
        #expect(DecimalNumber.powerOfTen(-2) == 0.01)
        #expect(abs(DecimalNumber.powerOfTen(25) - 1e25) <= 1e25 * 1e-15)
    }
}
