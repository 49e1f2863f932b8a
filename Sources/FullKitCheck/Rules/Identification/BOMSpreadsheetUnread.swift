import FullKitArchive
import FullKitCore
import FullKitFormats

/// A BOM is in a format FullKit reads: a legacy `.xls` workbook is not.
struct BOMSpreadsheetUnread: PackRule {
    let rule = Rule(
        id: "BOM_SPREADSHEET_UNREAD", severity: .error,
        summary: "The BOM is a legacy .xls (BIFF) workbook, which FullKit does not read.",
        rationale: "The BOM's content cannot be checked against the placements.",
        fix: "Export the BOM as CSV (UTF-8) or save it as .xlsx.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.entries(.bom).compactMap { entry in
            guard case .none = entry.content else { return nil }
            return Finding(
                rule, "\(entry.path) is a legacy .xls workbook; FullKit reads CSV and .xlsx BOMs", file: entry.path)
        }
    }
}
