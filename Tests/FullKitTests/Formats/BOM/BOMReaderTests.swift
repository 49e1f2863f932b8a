import FullKit
import Testing

@Suite("BOM reader: any format")
struct BOMReaderTests {
    @Test(
        "every DNP value token is recognised in any case; values that only look alike are placed",
        arguments: [
            ("DNP", true), ("dnp", true), ("NP", true), ("N.M.", true), ("nm", true), ("NC", true), ("NF", true),
            ("DNI", true),
            ("Do Not Place", true), ("NOT FITTED", true), ("No Load", true), ("NOLOAD", true), ("不贴件", true),
            ("NPN", false), ("100nF", false), ("NC7SZ08", false), ("Diode", false), ("10k", false), ("不", false),
        ])
    func doNotPlaceValues(value: String, isDoNotPlace: Bool) {
        let bom = BOMReader.read(Array("Designator,Value\nR1,\(value)\n".utf8))
        #expect((bom.lines.first?.doNotPlace == "value is '\(value)'") == isDoNotPlace)
    }

    @Test(
        "a DNP token in parentheses ends a value (PADS' `10k(NC)`); a value that only contains one is placed",
        arguments: [
            ("10k(NC)", true), ("100nF (DNP)", true), ("0R(N.M.)", true), ("LED(RED)", false), ("SW(NC)X", false),
            ("(", false),
        ])
    func doNotPlaceSuffix(value: String, isDoNotPlace: Bool) {
        let bom = BOMReader.read(Array("Designator,Value\nR1,\(value)\n".utf8))
        #expect((bom.lines.first?.doNotPlace != nil) == isDoNotPlace, "\(value)")
    }

    @Test(
        "a DNP phrase in any cell marks the line, with its column named; short tokens there do not",
        arguments: [
            ("不贴件", "Notes column says '不贴件'"), ("Not Fitted", "Notes column says 'Not Fitted'"), ("NC", nil),
            ("NP", nil),
            ("fitted", nil),
        ] as [(String, String?)])
    func doNotPlacePhrases(note: String, evidence: String?) {
        let bom = BOMReader.read(Array("Designator,Value,Notes\nR1,10k,\(note)\n".utf8))
        #expect(bom.lines.first?.doNotPlace == evidence)
    }

    @Test("description, device and part number are read as written, doubled quotes undone, empty cells empty")
    func keptCells() {
        let bom = BOMReader.read(
            Array(
                """
                Designator,Description,Device,MPN,Value
                R1,"Resistor ""thick film"", 0603",R-EU_R0603, RC0603FR-0710KL ,10k
                R2,,,,10k

                """.utf8))
        #expect(bom.lines.map(\.description) == ["Resistor \"thick film\", 0603", ""])
        #expect(bom.lines.map(\.device) == ["R-EU_R0603", ""])
        #expect(bom.lines.map(\.partNumber) == ["RC0603FR-0710KL", ""])
    }

    @Test("part-number columns of variants and second sources count (`Part Number_DiffMode`, `MPN 2`), in order")
    func variantPartNumbers() {
        let bom = BOMReader.read(
            Array(
                "Reference,Part Number_DiffMode,Part Number_SingleMode,MPN 2,Partner\nR1,,CRCW06031K00FKEAC,X,Y\n".utf8)
        )
        #expect(bom.partNumberColumns == ["Part Number_DiffMode", "Part Number_SingleMode", "MPN 2"])
        #expect(bom.lines.first?.partNumber == "CRCW06031K00FKEAC")
    }

    @Test("no designator column is a located error")
    func noDesignatorColumn() {
        let bom = BOMReader.read(Array("Value,Footprint\n10k,0603\n".utf8))
        #expect(bom.lines.isEmpty)
        #expect(bom.issues.first?.ruleID == "BOM_NO_DESIGNATOR_COLUMN")
        #expect(bom.issues.first?.location == SourceLocation(line: 1, column: 1))
    }

    @Test("a binary file named .csv gives a finding, not a crash")
    func binary() {
        let bom = BOMReader.read((0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        #expect(bom.issues.contains { $0.severity == .error })
    }
}
