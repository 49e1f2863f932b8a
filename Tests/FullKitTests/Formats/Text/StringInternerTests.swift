import Testing

@testable import FullKitFormats

@Suite("String interner")
struct StringInternerTests {
    static func intern(_ values: [String], into interner: inout StringInterner) -> [String] {
        let joined = Array(values.joined().utf8)
        var start = 0
        return joined.withUnsafeBytes { bytes in
            values.map { value in
                defer { start += value.utf8.count }
                return interner.string(bytes, start..<start + value.utf8.count)
            }
        }
    }

    @Test("each value comes back as itself: empty, long, non-ASCII, and values that differ in one byte")
    func valuesSurvive() {
        let values = [
            "", "R_0603_1608Metric", "R_0603_1608Metrid", "10k", "10K", "µF 100nF Ω", "不贴件", "10k", "",
            String(repeating: "C_0402_", count: 20), "R_0603_1608Metric",
        ]
        var interner = StringInterner()
        #expect(Self.intern(values, into: &interner) == values)
    }

    @Test("past its capacity it still answers every value correctly")
    func pastCapacity() {
        let values = (0..<300).map { "FP\($0 % 150)_\($0 * 7919 % 1000)" }
        var interner = StringInterner(capacity: 16)
        #expect(Self.intern(values + values, into: &interner) == values + values)
    }
}
