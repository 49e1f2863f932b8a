import FullKit
import Testing

@Suite("Designator lists")
struct DesignatorListTests {
    @Test("separators seen in real BOMs", arguments: [
        ("C1,C5,C7", ["C1", "C5", "C7"]),
        ("C1, C3, C4", ["C1", "C3", "C4"]),
        ("R1, R2, ", ["R1", "R2"]),
        ("R1;R2", ["R1", "R2"]),
        ("U$10 BOST", ["U$10", "BOST"]),
        ("USB", ["USB"]),
    ])
    func separators(cell: String, expected: [String]) {
        #expect(DesignatorList.parse(cell).designators == expected)
    }

    @Test("ranges expand: C103-C105 and R1-3")
    func ranges() {
        #expect(DesignatorList.parse("C103-C105,C109").designators == ["C103", "C104", "C105", "C109"])
        #expect(DesignatorList.parse("R1-3").designators == ["R1", "R2", "R3"])
    }

    @Test("a range past the limit is refused, not expanded")
    func refusedRange() {
        let parsed = DesignatorList.parse("R1-R999999999")
        #expect(parsed.designators.isEmpty)
        #expect(parsed.refusedRanges == ["R1-R999999999"])
    }

    @Test("hyphenated names that are not ascending ranges stay whole")
    func notRanges() {
        #expect(DesignatorList.parse("J1-1").designators == ["J1-1"])
        #expect(DesignatorList.parse("R5-R2").designators == ["R5-R2"])
    }

    @Test("a cell of a million designators stops at the per-cell limit and says so")
    func millionDesignators() {
        let cell = (1...1_000_000).map { "R\($0)" }.joined(separator: ",")
        let parsed = DesignatorList.parse(cell)
        #expect(parsed.designators.count == ReadLimits().maximumDesignatorsPerCell)
        #expect(parsed.isTruncated)
    }
}
