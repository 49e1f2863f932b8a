import FullKitArchive
import FullKitCore
import FullKitFormats

/// The walk the BOM/XY agreement rules share: each designator of every BOM line to be placed, held against the same
/// kind of cell of its placement (value, footprint); a finding wherever the rule's comparison says they disagree.
enum BOMXYAgreement {
    /// How a BOM cell and a placement's cell disagree, in the message's words: each side's words and what follows
    /// them (`'10k'`; `0603` and ` ('C_0603_1608Metric')`).
    struct Disagreement {
        /// The BOM's side.
        var bom: (words: String, tail: String)
        /// The XY file's side.
        var placed: (words: String, tail: String)
    }

    /// The findings of `rule`: the BOM cell `cell` of each line to be placed against the placements' `placedCell`,
    /// compared by `disagreement` (nil where they agree or cannot be compared).
    static func findings(
        in pack: AnalyzedPack, rule: Rule, cell: KeyPath<BillOfMaterials.Line, String>,
        placedCell: KeyPath<PlacementList.Placement, String>,
        disagreement: (_ bom: String, _ placed: String) -> Disagreement?
    ) -> [Finding] {
        let placed = PlacedCells(pack) { $0[keyPath: placedCell] }
        var findings: [Finding] = []
        for bom in pack.boms {
            for line in bom.content.lines where line.doNotPlace == nil && !line[keyPath: cell].isEmpty {
                for designator in line.designators {
                    guard let placement = placed[designator],
                        let found = disagreement(line[keyPath: cell], placement.text)
                    else { continue }
                    findings.append(
                        Finding(
                            rule,
                            "\(designator) is \(found.bom.words) in the BOM\(found.bom.tail) but \(found.placed.words) in the XY file \(placement.file)\(found.placed.tail)",
                            file: bom.entry.path, location: line.location, designators: [designator],
                            related: [
                                RelatedLocation(file: placement.file, location: placement.location, note: "its XY row")
                            ]))
                }
            }
        }
        return findings
    }
}
