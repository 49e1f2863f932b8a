import Foundation
import FullKit
import Testing

/// BOMs that come as workbooks: `.xlsx` in the shape of a real PADS pack (a title row before the header, a second
/// sheet of mechanical items) and the legacy `.xls` (BIFF), which FullKit does not read and says so.
@Suite("BOM reader: spreadsheets")
struct SpreadsheetBOMTests {
    @Test("PADS .xlsx: the title row is skipped, the BOM sheet is read; quantity 0 is the first DNP evidence")
    func padsWorkbook() throws {
        let bom = BOMReader.readWorkbook(try SystemFile(path: Paths.testData("boms/pads-bom.xlsx")).readAll())
        #expect(bom.issues.isEmpty, "\(bom.issues.map(\.message))")
        #expect(bom.lines.map(\.designators) == [["C1", "C2"], ["R9"], ["U1"]])
        #expect(bom.lines.map(\.quantity) == [2, 0, 1])
        #expect(bom.lines.map(\.value) == ["100nF", "10k(NC)", "STM32F103C8T6"])
        #expect(bom.lines.map(\.doNotPlace) == [nil, "quantity is 0", nil])
        #expect(bom.lines.first?.location.line == 4, "line N is sheet row N")
    }

    @Test("the sample .xlsx: the first sheet with a designator header is read; line N is sheet row N")
    func sampleWorkbook() throws {
        let bom = BOMReader.readWorkbook(try SystemFile(path: Paths.testData("split-xlsx/sample-bom.xlsx")).readAll())
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

    @Test("a legacy .xls BOM in a pack is an error that asks for CSV or .xlsx, and the pack fails")
    func legacyWorkbook() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fullkit-xls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in try FileManager.default.contentsOfDirectory(atPath: Paths.testData("folder"))
        where name != "sample-bom.csv" {
            try FileManager.default.copyItem(
                atPath: Paths.testData("folder/" + name), toPath: folder.appendingPathComponent(name).path)
        }
        // The eight bytes every OLE2 compound file (BIFF8 .xls) starts with, then padding to its 512-byte header.
        let biff: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        #expect(
            FileManager.default.createFile(
                atPath: folder.appendingPathComponent("sample-bom.xls").path, contents: Data(biff)))
        let report = try PackChecker().check([folder.path])
        let finding = report.findings.first { $0.ruleID == "BOM_SPREADSHEET_UNREAD" }
        #expect(finding?.message == "sample-bom.xls is a legacy .xls workbook; FullKit reads CSV and .xlsx BOMs")
        #expect(report.verdict == .fail)
    }
}
