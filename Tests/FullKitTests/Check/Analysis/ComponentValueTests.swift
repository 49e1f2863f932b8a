import Testing

@testable import FullKitCheck

/// Part values in the spellings BOMs and XY files use, read to a magnitude and unit.
@Suite("Component values")
struct ComponentValueTests {
    @Test(
        "spellings of one value read the same",
        arguments: [
            ("10k", "10K"), ("10k", "10kΩ"), ("10k", "10000"), ("10k", "10k 1%"), ("4k7", "4.7k"), ("4k7", "4700R"),
            ("100nF", "0.1uF"), ("100n", "100nF/50V"), ("2u2", "2.2µF"), ("1R0", "1"), ("0R1", "0.1ohm"),
            ("470uF", "470µF 16V"), ("10uH", "10µH"), ("1M", "1000k"),
        ])
    func same(a: String, b: String) throws {
        let first = try #require(ComponentValue(a))
        let second = try #require(ComponentValue(b))
        #expect(first.agrees(with: second), "\(a) vs \(b)")
    }

    @Test(
        "different values, or one m against one M, differ",
        arguments: [("470uF", "330uF"), ("10k", "1k"), ("1m", "1M"), ("22R", "120R"), ("100n", "10n")])
    func different(a: String, b: String) throws {
        let first = try #require(ComponentValue(a))
        let second = try #require(ComponentValue(b))
        #expect(!first.agrees(with: second), "\(a) vs \(b)")
    }

    @Test("words and part numbers are no values", arguments: ["LED", "STM32F103", "1N4148W", "DNP", "", "k10", "10kk"])
    func notValues(cell: String) {
        #expect(ComponentValue(cell) == nil, "\(cell)")
    }

    @Test("a farad value and an ohm value are not compared")
    func units() throws {
        let capacitor = try #require(ComponentValue("10uF"))
        let resistor = try #require(ComponentValue("10R"))
        #expect(!capacitor.isComparable(with: resistor))
        #expect(try #require(ComponentValue("10")).isComparable(with: resistor))
    }
}
