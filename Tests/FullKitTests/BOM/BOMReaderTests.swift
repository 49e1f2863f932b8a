import FullKit
import Testing

@Suite("BOM reader")
struct BOMReaderTests {
    @Test("KiCad legacy preamble rows are skipped; designators, quantities and DNP are read")
    func kicadLegacy() {
        let text = MarkedText("""
            Source:,board.kicad_sch
            Date:,2026-11-02
            Ref,Qnty,Value,Footprint,DNP
            ⟨r⟩"R1, R2, ",2,10k,R_0603,
            C1,1,100n,C_0603,DNP

            """)
        let bom = BOMReader.read(text.bytes)
        #expect(bom.issues.isEmpty)
        #expect(bom.lines.map(\.designators) == [["R1", "R2"], ["C1"]])
        #expect(bom.lines.map(\.quantity) == [2, 1])
        #expect(bom.lines[0].location == text.location("r"))
        #expect(bom.lines[0].doNotPlace == nil)
        #expect(bom.lines[1].doNotPlace?.contains("DNP") == true)
    }

    @Test("JLCPCB template header with full-width parentheses and DNP by value")
    func jlcTemplate() {
        let bom = BOMReader.read(Array("Comment,Designator,Footprint,JLCPCB Part #（optional）\n10k,R1,0603,C25804\nN.M.,R9,0603,\n".utf8))
        #expect(bom.lines.count == 2)
        #expect(bom.lines[1].doNotPlace == "value is 'N.M.'")
    }

    @Test("every DNP value token is recognised in any case; values that only look alike are placed", arguments: [
        ("DNP", true), ("dnp", true), ("NP", true), ("N.M.", true), ("nm", true), ("NC", true), ("NF", true), ("DNI", true),
        ("Do Not Place", true), ("NOT FITTED", true), ("No Load", true), ("NOLOAD", true), ("不贴件", true),
        ("NPN", false), ("100nF", false), ("NC7SZ08", false), ("Diode", false), ("10k", false), ("不", false),
    ])
    func doNotPlaceValues(value: String, isDoNotPlace: Bool) {
        let bom = BOMReader.read(Array("Designator,Value\nR1,\(value)\n".utf8))
        #expect((bom.lines.first?.doNotPlace == "value is '\(value)'") == isDoNotPlace)
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

    @Test(".xlsx: the first sheet with a designator header is read; line N is sheet row N")
    func workbook() throws {
        let bytes = try SystemFile(path: Paths.testData("split-xlsx/sample-bom.xlsx")).readAll()
        let bom = BOMReader.readWorkbook(bytes)
        #expect(bom.issues.isEmpty)
        #expect(bom.lines.count == 7)
        #expect(bom.lines.first?.designators == ["R1", "R2"])
        #expect(bom.lines.first?.quantity == 2)
        #expect(bom.lines.first?.location.line == 2)
        #expect(bom.lines.last?.doNotPlace == "DNP column says 'DNP'")
    }

    @Test("a file named .xlsx that is not a workbook is an error finding")
    func notAWorkbook() {
        let bom = BOMReader.readWorkbook(Array("Designator,Qty\nR1,1\n".utf8))
        #expect(bom.issues.map(\.ruleID) == ["BOM_SPREADSHEET_UNREADABLE"])
    }
}
