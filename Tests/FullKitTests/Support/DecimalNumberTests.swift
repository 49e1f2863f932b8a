@testable import FullKit
import Foundation
import Testing

/// The number reader behind CSV cells, Excellon coordinates and Gerber parameters, against Foundation's reading of
/// the same text.
@Suite("Decimal numbers")
struct DecimalNumberTests {
    static func parse(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBytes { DecimalNumber.parse($0, 0..<$0.count) }
    }

    @Test("numbers as BOM, XY and drill files write them read as Foundation reads them", arguments: [
        "0", "-0", "+7", "12.5", "-169.4867", ".5", "5.", "0.000001", "123456789012345678", "-98765.4321",
        "00000000000000000000042", "1.0000000000000000000000001", "0.00000000000000000000000012",
    ])
    func readsLikeFoundation(text: String) {
        #expect(Self.parse(text) == Double(text))
    }

    @Test("what is not a whole number is nil", arguments: [
        "", "-", "+", ".", "1.2.3", "12a", "1e5", " 1", "1 ", "--1", "1234567890123456789",
    ])
    func refuses(text: String) {
        #expect(Self.parse(text) == nil)
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
