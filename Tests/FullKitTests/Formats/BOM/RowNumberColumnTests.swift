import FullKit
import Testing

/// A BOM whose first column numbers its rows (`#`, `No.`, `Item`: KiCad's and Altium's BOM templates) reads that
/// column as what it is: every other column stays where its header puts it, and the row numbers are never
/// designators. The same in a workbook whose header sits below a title block.
@Suite("BOM reader: row-number columns and title blocks")
struct RowNumberColumnTests {
    @Test(
        "the row-number column is a column like any other, whatever it is called",
        arguments: [
            "#,Reference,Qty,Value,Footprint\n1,\"R1,R2\",2,10k,R_0603\n2,C1,1,100n,C_0603\n",
            "No.,Designator,Quantity,Comment,Footprint\n1,R1 R2,2,10k,R_0603\n2,C1,1,100n,C_0603\n",
            "Item,Qty,Reference(s),Value,Footprint\n1,2,\"R1, R2\",10k,R_0603\n2,1,C1,100n,C_0603\n",
            "\"#\";\"Designator\";\"Qty\";\"Value\";\"Footprint\"\n\"1\";\"R1,R2\";\"2\";\"10k\";\"R_0603\"\n\"2\";\"C1\";\"1\";\"100n\";\"C_0603\"\n",
        ])
    func rowNumbers(text: String) {
        let bom = BOMReader.read(Array(text.utf8))
        #expect(bom.issues.isEmpty, "\(bom.issues.map(\.message))")
        #expect(bom.lines.map(\.designators) == [["R1", "R2"], ["C1"]])
        #expect(bom.lines.map(\.quantity) == [2, 1])
        #expect(bom.lines.map(\.value) == ["10k", "100n"])
        #expect(bom.lines.map(\.footprint) == ["R_0603", "C_0603"])
        #expect(bom.lines.allSatisfy { $0.doNotPlace == nil })
    }

    @Test("an .xlsx with a seven-row title block: the header is found on row 8, the total row is no line")
    func titledWorkbook() throws {
        let bom = BOMReader.readWorkbook(try SystemFile(path: Paths.testData("boms/titled-bom.xlsx")).readAll())
        #expect(bom.issues.isEmpty, "\(bom.issues.map(\.message))")
        #expect(bom.lines.map(\.designators) == [["R1", "R2"], ["C1"], ["U1"]])
        #expect(bom.lines.map(\.quantity) == [2, 1, 1])
        #expect(bom.lines.map(\.partNumber) == ["RC0603FR-0710KL", "GRM188R71C104KA01D", "STM32F103C8T6"])
        #expect(bom.lines.map(\.location.line) == [9, 10, 11])
    }

    @Test("an .xlsx whose columns are designator, X and Y is the XY file, whatever its name, and the pack passes")
    func workbookPlacement() throws {
        let folder = try TemporaryFolder(copying: Paths.testData("folder"), leavingOut: ["sample-positions.csv"])
        defer { folder.remove() }
        try folder.copy(Paths.testData("sheets/assembly-data.xlsx"), as: "assembly-data.xlsx")
        let report = try PackChecker().check([folder.path])
        let sheet = try #require(report.files.first { $0.path == "assembly-data.xlsx" })
        #expect(sheet.role == .placement && sheet.format == .spreadsheet)
        #expect(sheet.evidence.detail == "sheet 'Placement': header has designator, X and Y columns")
        #expect(report.verdict == .pass, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
    }
}
