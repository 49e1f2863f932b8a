/// One sheet of a workbook (`.xlsx` or legacy `.xls`) as CSV text, so the BOM and XY readers read it like any CSV:
/// every field quoted, sheet row N on line N.
package struct Worksheet: Sendable {
    /// The sheet's name as the workbook gives it.
    package var name: String
    /// The sheet's cells as CSV text.
    package var csv: [UInt8]
}
