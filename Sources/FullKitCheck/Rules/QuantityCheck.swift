import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// A BOM line's quantity equals the number of designators on it.
struct QuantityCheck: PackCheck {
    static let mismatch = Rule(
        id: "BOM_QUANTITY_MISMATCH", severity: .error,
        summary: "A BOM line's quantity differs from the number of designators it lists.",
        rationale: "Purchasing orders by quantity, placement by designator: one of them will be short.",
        fix: "Correct the quantity or the designator list so they agree.")

    var rules: [Rule] { [Self.mismatch] }

    func check(_ pack: AnalyzedPack, policy: Policy) -> [Finding] {
        var findings: [Finding] = []
        for entry in pack.entries(.bom) {
            guard case .bom(let bom) = entry.content else { continue }
            for line in bom.lines {
                guard let quantity = line.quantity, !line.designators.isEmpty, quantity != line.designators.count else { continue }
                if quantity == 0, line.doNotPlace != nil { continue }
                findings.append(Finding(
                    Self.mismatch,
                    "quantity \(quantity) but \(line.designators.count) designator\(line.designators.count == 1 ? "" : "s") listed",
                    file: entry.path, location: line.location, designators: Array(line.designators)))
            }
        }
        return findings
    }
}
