import FullKit
import Testing

@Suite("Designator lists")
struct DesignatorListTests {
    @Test(
        "separators seen in real BOMs",
        arguments: [
            ("C1,C5,C7", ["C1", "C5", "C7"]),
            ("C1, C3, C4", ["C1", "C3", "C4"]),
            ("R1, R2, ", ["R1", "R2"]),
            ("R1;R2", ["R1", "R2"]),
            ("U$10 BOST", ["U$10", "BOST"]),
            ("USB", ["USB"]),
        ])
    func separators(cell: String, expected: [String]) {
        #expect(Array(DesignatorList.parse(cell).designators) == expected)
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

@Suite("Designator names")
struct DesignatorNamesTests {
    @Test("names read from a BOM come back from its text and from expanded ranges, line by line")
    func fromText() {
        let text = "Designator,Qty\n\"R1,R2,rC3\",3\n\"C7-C9,U$1\",4\n\"µ1 不2\",2\n"
        let bom = BOMReader.read(Array(text.utf8))
        #expect(
            bom.lines.map { Array($0.designators) } == [
                ["R1", "R2", "rC3"], ["C7", "C8", "C9", "U$1"], ["µ1", "不2"],
            ])
        #expect(bom.lines[1].designators[3] == "U$1")
        #expect(bom.lines[1].designators.count == 4)
    }

    @Test("names made by hand compare, hash and print as the array of their strings")
    func byHand() {
        let names: DesignatorNames = ["R1", "", "C22"]
        #expect(names == DesignatorNames(["R1", "", "C22"]))
        #expect(names != ["R1", "C22"])
        #expect(Set([names, DesignatorNames(["R1", "", "C22"])]).count == 1)
        #expect(names.description == #"["R1", "", "C22"]"#)
        #expect(DesignatorNames([]).isEmpty)
    }
}

@Suite("Designator lists, eight bytes at a time")
struct DesignatorListScanTests {
    /// Splits the way the BOM reader must: at `,` `;` space, tab, line breaks and `"`.
    static func reference(_ cell: String) -> [String] {
        cell.split { ",; \t\r\n\"".contains($0) }.map(String.init)
    }

    @Test("cells of names with -, $, /, ., µ and 不 across every 8-byte boundary split as a plain splitter does")
    func againstReference() {
        let names = ["R1", "U$10", "J1-A", "a/b", "µ7", "Q.3", "不2", "TP-", "X", "LED12", "-", "C1234567890"]
        let separators = [",", ", ", ";", " ", "\t", ",,", " ; "]
        var random = SeededGenerator(seed: 0x9E37_79B9_7F4A_7C15)
        func next(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &random) }
        for _ in 0..<500 {
            let cell = (0..<(1 + next(12))).map { _ in names[next(names.count)] + separators[next(separators.count)] }
                .joined()
            let prefix = String(repeating: " ", count: next(8))
            #expect(Array(DesignatorList.parse(prefix + cell).designators) == Self.reference(prefix + cell), "\(cell)")
        }
    }
}

@Suite("Designator names from a sequence")
struct DesignatorNamesSequenceTests {
    @Test("a sequence that can be read only once gives all its names")
    func singlePass() {
        var remaining = ["R1", "C22", "U$3"]
        let once = AnyIterator { remaining.isEmpty ? nil : remaining.removeFirst() }
        #expect(Array(DesignatorNames(AnySequence(once))) == ["R1", "C22", "U$3"])
    }
}
