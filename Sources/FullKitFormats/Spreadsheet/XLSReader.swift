import FullKitCore

/// Reads the sheets of a legacy `.xls` workbook (BIFF8 in an OLE2 compound file, as Altium and Excel 97–2003 write
/// it) as CSV text that the BOM and XY readers then read like any CSV: one line per sheet row (line N is row N),
/// strings from the shared string table, labels, numbers (`NUMBER`, `RK`, `MULRK`) and formula results. A state
/// machine over the records; every length is checked against what is left, so a broken or hostile workbook is an
/// error or an empty sheet, never a read out of bounds.
enum XLSReader {
    /// The most columns kept per sheet (BIFF8's own limit; its 16-bit row numbers bound the rows).
    static let maximumColumns = 256

    private enum RecordType {
        static let beginningOfFile: UInt16 = 0x0809
        static let endOfFile: UInt16 = 0x000A
        static let sheet: UInt16 = 0x0085
        static let sharedStrings: UInt16 = 0x00FC
        static let labelSST: UInt16 = 0x00FD
        static let label: UInt16 = 0x0204
        static let number: UInt16 = 0x0203
        static let rk: UInt16 = 0x027E
        static let multipleRK: UInt16 = 0x00BD
        static let formula: UInt16 = 0x0006
        static let formulaString: UInt16 = 0x0207
        static let booleanOrError: UInt16 = 0x0205
    }

    /// The workbook's worksheets in workbook order (chart and macro sheets left out).
    static func sheets(_ bytes: [UInt8], limits: ReadLimits = ReadLimits()) throws(SpreadsheetError) -> [Worksheet] {
        let file = try CompoundFile(bytes, maximumStreamSize: limits.maximumMemberSize)
        var stream = try file.stream(named: "Workbook")
        if stream == nil { stream = try file.stream(named: "Book") }
        guard let stream else {
            throw SpreadsheetError(.notAWorkbook, "its compound file holds no Workbook stream: not an Excel workbook")
        }
        let records = BIFFRecords(stream)
        var sharedStrings: [String] = []
        var sheetStarts: [(name: String, offset: Int)] = []
        var sawBeginning = false
        // The workbook globals: the sheets' names and places, and the shared strings.
        globals: for record in records {
            switch record.type {
            case RecordType.beginningOfFile:
                // BIFF8 says version 0x0600 here; BIFF5 and older store strings differently.
                guard record.u16(0) == 0x0600 else {
                    throw SpreadsheetError(
                        .notAWorkbook, "it is an Excel 5.0/95 or older workbook (BIFF5); save it as .xlsx or CSV")
                }
                sawBeginning = true
            case RecordType.sheet where record.data.count >= 8 && record.byte(5) == 0:
                let name = shortString(record, at: 6) ?? "Sheet\(sheetStarts.count + 1)"
                sheetStarts.append((name, Int(record.u32(0))))
            case RecordType.sharedStrings:
                sharedStrings = BIFFSharedStrings.read(record.data, continuations: records.continuations(after: record))
            case RecordType.endOfFile:
                break globals
            default:
                continue
            }
        }
        guard sawBeginning else {
            throw SpreadsheetError(.notAWorkbook, "its Workbook stream does not begin with a BIFF8 BOF record")
        }
        return sheetStarts.map { name, offset in
            Worksheet(name: name, csv: csv(BIFFRecords(stream, from: offset), sharedStrings: sharedStrings))
        }
    }

    /// One cell's place and text.
    private struct Cell {
        let row: Int
        let column: Int
        let text: String
    }

    /// One worksheet's cells as CSV (empty when the records at its offset are not a worksheet).
    private static func csv(_ records: BIFFRecords, sharedStrings: [String]) -> [UInt8] {
        var cells: [Cell] = []
        var pendingFormula: (row: Int, column: Int)?
        func set(_ row: UInt16, _ column: UInt16, _ text: String) {
            guard Int(column) < maximumColumns, !text.isEmpty else { return }
            cells.append(Cell(row: Int(row), column: Int(column), text: text))
        }
        var first = true
        for record in records {
            if first {
                guard record.type == RecordType.beginningOfFile else { return [] }
                first = false
                continue
            }
            let (row, column) = (record.u16(0), record.u16(2))
            switch record.type {
            case RecordType.labelSST where record.data.count >= 10:
                let index = Int(record.u32(6))
                set(row, column, index < sharedStrings.count ? sharedStrings[index] : "")
            case RecordType.label where record.data.count >= 9:
                set(row, column, unicodeString(record, at: 6) ?? "")
            case RecordType.number where record.data.count >= 14:
                set(row, column, number(Double(bitPattern: record.u64(6))))
            case RecordType.rk where record.data.count >= 10:
                set(row, column, number(rk(record.u32(6))))
            case RecordType.multipleRK where record.data.count >= 6:
                // Row, first column, then six bytes per cell (format index, RK value), then the last column.
                for index in 0..<(record.data.count - 6) / 6 {
                    set(row, column &+ UInt16(truncatingIfNeeded: index), number(rk(record.u32(4 + 6 * index + 2))))
                }
            case RecordType.formula where record.data.count >= 14:
                pendingFormula = nil
                if record.u16(12) == 0xFFFF {
                    switch record.byte(6) {
                    case 0: pendingFormula = (Int(row), Int(column))  // a string: in the STRING record that follows
                    case 1: set(row, column, record.byte(8) == 0 ? "FALSE" : "TRUE")
                    default: break
                    }
                } else {
                    set(row, column, number(Double(bitPattern: record.u64(6))))
                }
            case RecordType.formulaString:
                if let (row, column) = pendingFormula {
                    set(UInt16(row), UInt16(column), unicodeString(record, at: 0) ?? "")
                }
                pendingFormula = nil
            case RecordType.booleanOrError where record.data.count >= 8 && record.byte(7) == 0:
                set(row, column, record.byte(6) == 0 ? "FALSE" : "TRUE")
            case RecordType.endOfFile:
                return text(cells)
            default:
                break
            }
        }
        return text(cells)
    }

    /// The cells as CSV text, every field quoted; row N (zero-based) on line N + 1. A cell written twice keeps its
    /// last value.
    private static func text(_ cells: [Cell]) -> [UInt8] {
        let ordered = cells.enumerated().sorted {
            ($0.element.row, $0.element.column, $0.offset) < ($1.element.row, $1.element.column, $1.offset)
        }.map(\.element)
        var output: [UInt8] = []
        var row = 0
        var index = 0
        while index < ordered.count {
            let current = ordered[index].row
            while row < current {
                output.append(ASCII.lineFeed)
                row += 1
            }
            var line: [String] = []
            while index < ordered.count, ordered[index].row == current {
                let cell = ordered[index]
                while line.count < cell.column { line.append("") }
                if line.count == cell.column { line.append(cell.text) } else { line[cell.column] = cell.text }
                index += 1
            }
            output += Array(line.map(CSVQuoting.quoted).joined(separator: ",").utf8)
            output.append(ASCII.lineFeed)
            row += 1
        }
        return output
    }

    /// A number as a spreadsheet shows it: whole numbers without a fraction.
    private static func number(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// The value of an RK number: a 30-bit integer or the top 30 bits of a double, either possibly divided by 100.
    private static func rk(_ raw: UInt32) -> Double {
        let value =
            raw & 0x02 != 0
            ? Double(Int32(bitPattern: raw) >> 2) : Double(bitPattern: UInt64(raw & 0xFFFF_FFFC) << 32)
        return raw & 0x01 != 0 ? value / 100 : value
    }

    /// A `ShortXLUnicodeString` (8-bit length, flags, characters) `offset` bytes into the record's data.
    private static func shortString(_ record: BIFFRecords.Record, at offset: Int) -> String? {
        guard offset + 2 <= record.data.count else { return nil }
        return characters(
            record, from: offset + 2, count: Int(record.byte(offset)), wide: record.byte(offset + 1) & 1 != 0)
    }

    /// An `XLUnicodeString` (16-bit length, flags, characters) `offset` bytes into the record's data.
    private static func unicodeString(_ record: BIFFRecords.Record, at offset: Int) -> String? {
        guard offset + 3 <= record.data.count else { return nil }
        return characters(
            record, from: offset + 3, count: Int(record.u16(offset)), wide: record.byte(offset + 2) & 1 != 0)
    }

    /// `count` characters from `start`: UTF-16LE when `wide`, else Latin-1; as many as the record holds.
    private static func characters(_ record: BIFFRecords.Record, from start: Int, count: Int, wide: Bool) -> String {
        let available = max(0, record.data.count - start)
        if wide {
            let units = (0..<min(count, available / 2)).map { record.u16(start + 2 * $0) }
            return String(decoding: units, as: UTF16.self)
        }
        let scalars = (0..<min(count, available)).map { Unicode.Scalar(record.byte(start + $0)) }
        return String(String.UnicodeScalarView(scalars))
    }
}
