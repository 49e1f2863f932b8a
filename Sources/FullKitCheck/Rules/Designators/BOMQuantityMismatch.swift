import FullKitArchive
import FullKitCore
import FullKitFormats

/// A BOM line's quantity equals the number of designators on it (a DNP line of quantity 0 aside).
struct BOMQuantityMismatch: PackRule {
    let rule = Rule(
        id: "BOM_QUANTITY_MISMATCH", severity: .error,
        summary: "A BOM line's quantity differs from the number of designators it lists.",
        rationale: "Purchasing orders by quantity, placement by designator: one of them will be short.",
        fix: "Correct the quantity or the designator list so they agree.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.boms.flatMap { bom in
            bom.content.lines.compactMap { line -> Finding? in
                guard let quantity = line.quantity, !line.designators.isEmpty, quantity != line.designators.count,
                    quantity != 0 || line.doNotPlace == nil
                else { return nil }
                return Finding(
                    rule,
                    "quantity \(quantity) but \(line.designators.count) designator\(line.designators.count == 1 ? "" : "s") listed",
                    file: bom.entry.path, location: line.location, designators: Array(line.designators))
            }
        }
    }
}
