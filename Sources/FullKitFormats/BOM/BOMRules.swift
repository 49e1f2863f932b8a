import FullKitCore

/// The rules the BOM reader reports.
extension Rule {
    static let bomNoDesignatorColumn = Rule(
        id: "BOM_NO_DESIGNATOR_COLUMN", severity: .error, summary: "The BOM has a header row with a designator column.",
        rationale: "Without designators nothing ties a BOM line to a place on the board.",
        fix: "Export the BOM with a header row that names the designator column (Designator, Reference, RefDes).")
    static let bomRangeTooLong = Rule(
        id: "BOM_RANGE_TOO_LONG", severity: .error,
        summary:
            "A designator range expands to no more designators than the maximumRangeExpansion limit (default \(ReadLimits().maximumRangeExpansion)), and all ranges of a BOM together to no more than maximumExpandedDesignators (default \(ReadLimits().maximumExpandedDesignators)).",
        rationale: "A longer range is a typo or a hostile file; it is refused, not expanded.",
        fix: "List the designators explicitly or split the range.")
    static let bomTooManyDesignators = Rule(
        id: "BOM_TOO_MANY_DESIGNATORS", severity: .error,
        summary:
            "A BOM cell lists no more designators than the maximumDesignatorsPerCell limit (default \(ReadLimits().maximumDesignatorsPerCell)), and the BOM no more than maximumParts (default \(ReadLimits().maximumParts)).",
        rationale: "No real board or panel has that many; reading on would let one file exhaust memory and time.",
        fix: "Split the line, or check that the export did not run away.")
    static let bomLineWithoutDesignator = Rule(
        id: "BOM_LINE_WITHOUT_DESIGNATOR", severity: .warning, summary: "Every BOM line lists its designators.",
        rationale: "A line without designators (a placeholder, a mechanical part) cannot be placed or checked.",
        fix: "Give the line its designators, or remove it if the part is not on the board.")
    static let bomSpreadsheetUnreadable = Rule(
        id: "BOM_SPREADSHEET_UNREADABLE", severity: .error, summary: "An .xlsx BOM is a readable workbook.",
        rationale: "The BOM cannot be read at all.",
        fix: "Export the BOM as CSV (UTF-8), or save the workbook again as .xlsx.")

    /// Every rule of the BOM reader, in catalogue order.
    package static let bomRules: [Rule] = [
        bomNoDesignatorColumn, bomRangeTooLong, bomTooManyDesignators, bomLineWithoutDesignator,
        bomSpreadsheetUnreadable,
    ]
}
