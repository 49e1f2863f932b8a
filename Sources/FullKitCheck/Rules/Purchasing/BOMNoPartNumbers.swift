import FullKitArchive
import FullKitCore
import FullKitFormats

/// A BOM that has part-number columns fills them: when every line to be placed leaves them all empty (or says
/// `unknown`, `n/a`, `-`, `tbd`), the BOM was exported from a template never filled in, and nothing says which part
/// to buy. A BOM without such columns is not judged here (a value and footprint may be what the assembler sources
/// by).
struct BOMNoPartNumbers: PackRule {
    let rule = Rule(
        id: "BOM_NO_PART_NUMBERS", severity: .error,
        summary: "The BOM has part-number columns (MPN, LCSC, supplier part …), empty on every line to be placed.",
        rationale: "Purchasing cannot order a part the BOM does not name: the BOM is an unfilled template.",
        fix: "Fill in the manufacturer part numbers (or the assembler's part numbers) and export the BOM again.")

    /// Cells that name no part.
    static let placeholders: Set<String> = ["", "unknown", "n/a", "na", "-", "--", "tbd", "?", "none"]

    /// Whether `partNumber` names no part.
    static func isPlaceholder(_ partNumber: String) -> Bool { placeholders.contains(partNumber.lowercased()) }

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.boms.compactMap { bom in
            let placed = bom.content.lines.filter { $0.doNotPlace == nil && !$0.designators.isEmpty }
            guard !bom.content.partNumberColumns.isEmpty, !placed.isEmpty,
                placed.allSatisfy({ Self.isPlaceholder($0.partNumber) })
            else { return nil }
            let columns = bom.content.partNumberColumns.map { "'\($0)'" }.joined(separator: ", ")
            return Finding(
                rule,
                "the BOM's part-number column\(bom.content.partNumberColumns.count == 1 ? "" : "s") \(columns) \(bom.content.partNumberColumns.count == 1 ? "is" : "are") empty on all \(placed.count) lines to be placed: nothing says which part to buy",
                file: bom.entry.path, location: placed.first?.location)
        }
    }
}
