import FullKitCore

/// The rules the BOM and XY readers report.
extension Rule {
    static let textNotUTF8 = Rule(
        id: "TEXT_NOT_UTF8", severity: .warning, summary: "BOM and XY files are UTF-8 (or UTF-16 with a byte-order mark).",
        rationale: "Read as Windows-1252, symbols such as µ and Ω may be wrong; other encodings (GBK) garble text.",
        fix: "Save the file as UTF-8 so that µ, Ω and other symbols survive.")
    static let designatorLowercase = Rule(
        id: "DESIGNATOR_LOWERCASE", severity: .warning, summary: "Designators are written in upper case.",
        rationale: "Assemblers upper-case designators, which can merge two parts into one.",
        fix: "Write designators in upper case in the CAD tool and export again.")
    static let bomNoDesignatorColumn = Rule(
        id: "BOM_NO_DESIGNATOR_COLUMN", severity: .error, summary: "The BOM has a header row with a designator column.",
        rationale: "Without designators nothing ties a BOM line to a place on the board.",
        fix: "Export the BOM with a header row that names the designator column (Designator, Reference, RefDes).")
    static let bomRangeTooLong = Rule(
        id: "BOM_RANGE_TOO_LONG", severity: .error,
        summary: "A designator range expands to no more designators than the maximumRangeExpansion limit (default \(ReadLimits().maximumRangeExpansion)), and all ranges of a BOM together to no more than maximumExpandedDesignators (default \(ReadLimits().maximumExpandedDesignators)).",
        rationale: "A longer range is a typo or a hostile file; it is refused, not expanded.",
        fix: "List the designators explicitly or split the range.")
    static let bomTooManyDesignators = Rule(
        id: "BOM_TOO_MANY_DESIGNATORS", severity: .error,
        summary: "A BOM cell lists no more designators than the maximumDesignatorsPerCell limit (default \(ReadLimits().maximumDesignatorsPerCell)).",
        rationale: "No real board line has that many; reading on would let one cell exhaust memory.",
        fix: "Split the line, or check that the export did not run away.")
    static let textLineTooLong = Rule(
        id: "TEXT_LINE_TOO_LONG", severity: .error,
        summary: "No line of a BOM or XY file is longer than the maximumLineLength limit (default \(ReadLimits().maximumLineLength) bytes).",
        rationale: "No real BOM or XY line comes near it: the file is corrupt or hostile, and the line was skipped.",
        fix: "Export the file again from the CAD tool; check that no cell holds pasted binary data.")
    static let bomLineWithoutDesignator = Rule(
        id: "BOM_LINE_WITHOUT_DESIGNATOR", severity: .warning, summary: "Every BOM line lists its designators.",
        rationale: "A line without designators (a placeholder, a mechanical part) cannot be placed or checked.",
        fix: "Give the line its designators, or remove it if the part is not on the board.")
    static let bomSpreadsheetUnreadable = Rule(
        id: "BOM_SPREADSHEET_UNREADABLE", severity: .error, summary: "An .xlsx BOM is a readable workbook.",
        rationale: "The BOM cannot be read at all.", fix: "Export the BOM as CSV (UTF-8), or save the workbook again as .xlsx.")
    static let xyNoHeader = Rule(
        id: "XY_NO_HEADER", severity: .error, summary: "The XY file has a header row naming designator, X and Y.",
        rationale: "Without named columns the positions cannot be read reliably.",
        fix: "Export the placement file with a header row: Designator, Mid X, Mid Y, Rotation, Layer.")
    static let xyEmptyDesignator = Rule(
        id: "XY_EMPTY_DESIGNATOR", severity: .error, summary: "Every placement row has a designator.",
        rationale: "A part without a designator cannot be matched to the BOM.",
        fix: "Give every placed part its designator in the XY file.")
    static let xyInvalidCoordinate = Rule(
        id: "XY_INVALID_COORDINATE", severity: .error, summary: "Every placement has numeric X and Y.",
        rationale: "The machine cannot place a part without a position.",
        fix: "Export the placement file again; every row needs numeric X and Y.")

    /// Every rule of the BOM and XY readers.
    package static let textRules: [Rule] = [
        textNotUTF8, textLineTooLong, designatorLowercase, bomNoDesignatorColumn, bomRangeTooLong, bomTooManyDesignators,
        bomLineWithoutDesignator,
        bomSpreadsheetUnreadable, xyNoHeader, xyEmptyDesignator, xyInvalidCoordinate,
    ]
}
