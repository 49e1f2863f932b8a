import FullKitCore

/// A spreadsheet file of either kind, told apart by its first bytes: a ZIP container is an Office Open XML `.xlsx`,
/// an OLE2 compound file a legacy BIFF8 `.xls`. The file's name plays no part.
package enum Workbook {
    /// Whether `bytes` start like a workbook of either kind (a ZIP or an OLE2 compound file).
    package static func matches(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || CompoundFile.matches(bytes)
    }

    /// The workbook's sheets in workbook order; throws when the bytes are not a readable workbook.
    package static func sheets(_ bytes: [UInt8], limits: ReadLimits) throws(SpreadsheetError) -> [Worksheet] {
        if CompoundFile.matches(bytes) { return try XLSReader.sheets(bytes, limits: limits) }
        return try XLSXReader.sheets(bytes, limits: limits)
    }
}
