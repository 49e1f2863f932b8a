import Foundation
import FullKit
import Testing

/// BOMs that come as workbooks: `.xlsx` in the shape of a real PADS pack (a title row before the header, a second
/// sheet of mechanical items) and the legacy `.xls` (BIFF8 in an OLE2 compound file) in the shape of Altium's BOM
/// Report; damaged and hostile workbooks.
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

    @Test("Altium's .xls BOM Report: title block skipped, header on row 13, DNM line, total row and footer left out")
    func altiumLegacyWorkbook() throws {
        let bom = BOMReader.readWorkbook(try SystemFile(path: Paths.testData("boms/altium-bom.xls")).readAll())
        #expect(bom.issues.isEmpty, "\(bom.issues.map(\.message))")
        #expect(bom.lines.map(\.designators) == [["C1", "C2"], ["C3", "C4", "C6"], ["R1"], ["U1"], ["J1", "J2"]])
        #expect(bom.lines.map(\.quantity) == [0, 3, 1, 1, 2])
        // A number (NUMBER record) reads as the spreadsheet shows it; a formula by its cached text.
        #expect(bom.lines.map(\.value) == ["DNM", "100n", "10k", "ATSAM4S2AA-MU", "1.5"])
        #expect(bom.lines.map(\.partNumber).first == "C0603C104K5RACTU")
        #expect(bom.lines[0].doNotPlace == "quantity is 0")
        // A UTF-16 shared string, and one whose characters run on through two CONTINUE records.
        #expect(bom.lines[2].description == "电阻 10k, 0603")
        let note = String(repeating: "Long lead time; order early. ", count: 4)
        #expect(bom.lines[3].description == note.trimmingCharacters(in: .whitespaces))
        #expect(bom.lines.map(\.location.line) == [14, 15, 17, 18, 19], "line N is sheet row N")
    }

    @Test("a legacy .xls in a pack is judged by its sheets: a cost sheet with no designators is no BOM")
    func priceListIsNoBOM() throws {
        let folder = try TemporaryFolder(copying: Paths.testData("folder"), leavingOut: ["sample-bom.csv"])
        defer { folder.remove() }
        try folder.copy(Paths.testData("boms/price-list.xls"), as: "price.xls")
        let report = try PackChecker().check([folder.path])
        let file = report.files.first { $0.path == "price.xls" }
        #expect(file?.role == .documentation)
        #expect(file?.format == .spreadsheet)
        #expect(report.findings.contains { $0.ruleID == "MISSING_BOM" })
        #expect(report.verdict == .fail)
    }

    @Test(
        "a broken or hostile .xls is an error finding that says why, never a crash or a hang",
        arguments: LegacyWorkbookDamage.allCases)
    func damagedLegacyWorkbook(_ damage: LegacyWorkbookDamage) throws {
        let bytes = damage.apply(to: try SystemFile(path: Paths.testData("boms/altium-bom.xls")).readAll())
        let bom = BOMReader.readWorkbook(bytes)
        #expect(bom.lines.isEmpty)
        #expect(bom.issues.map(\.ruleID) == ["BOM_SPREADSHEET_UNREADABLE"])
        #expect(bom.issues.first?.message.contains(damage.expectedReason) == true, "\(bom.issues.map(\.message))")
    }
}

/// Ways to break the Altium `.xls` fixture, each with the words its finding must say.
enum LegacyWorkbookDamage: CaseIterable, CustomTestStringConvertible {
    case truncated
    case loopingChain
    case sectorPastTheEnd
    case oversizedStream
    case olderBIFF

    var testDescription: String { "\(self)" }

    /// The fixture changed in this way. The fixture's layout (from `Scripts/testdata/legacy_workbooks.py`): a
    /// 512-byte header, then sectors; the directory's first sector is named at offset 48 of the header, the FAT's
    /// first sector at offset 76.
    func apply(to original: [UInt8]) -> [UInt8] {
        var bytes = original
        func u32(_ offset: Int) -> Int {
            Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3])
                << 24
        }
        func setU32(_ offset: Int, _ value: UInt32) {
            for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
        }
        let fat = 512 + u32(76) * 512
        let directory = 512 + u32(48) * 512
        // The Workbook stream's directory entry is the second; its first sector at 116, its size at 120.
        let workbookStart = u32(directory + 128 + 116)
        switch self {
        case .truncated:
            bytes = Array(bytes.prefix(1536))
        case .loopingChain:
            setU32(fat + 4 * workbookStart, UInt32(workbookStart))
        case .sectorPastTheEnd:
            setU32(fat + 4 * workbookStart, 0x00FF_FFF0)
        case .oversizedStream:
            setU32(directory + 128 + 120, 0x7FFF_FFFF)
        case .olderBIFF:
            // The Workbook stream's first record is BOF; its version 0x0600 becomes BIFF5's 0x0500.
            bytes[512 + workbookStart * 512 + 5] = 0x05
        }
        return bytes
    }

    /// Words the finding's message must contain.
    var expectedReason: String {
        switch self {
        case .truncated: "cut short"
        case .loopingChain: "loops"
        case .sectorPastTheEnd: "broken"
        case .oversizedStream: "over the limit"
        case .olderBIFF: "BIFF5"
        }
    }
}
