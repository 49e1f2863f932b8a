import FullKitArchive
import FullKitCore
import FullKitFormats

/// Where the BOM and the XY file both give a part's value, they give the same one, spelling aside (`10k` = `10K` =
/// `10kΩ` = `10000`, `100nF` = `0.1uF`, `4k7` = `4.7k`). Values that do not read as numbers (`LED`, a part number)
/// are not compared: tools put different columns there (Altium's Comment, KiCad's Value).
struct BOMXYValueMismatch: PackRule {
    let rule = Rule(
        id: "BOM_XY_VALUE_MISMATCH", severity: .error,
        summary: "A part's value in the BOM differs from its value in the XY file (compared as numbers with units).",
        rationale: "One of the two files is stale: the part bought is not the part the layout placed.",
        fix: "Export the BOM and the XY file again from the same design revision.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        let placed = PlacedCells(pack, \.value)
        var findings: [Finding] = []
        for bom in pack.boms {
            for line in bom.content.lines where line.doNotPlace == nil && !line.value.isEmpty {
                guard let bought = ComponentValue(line.value) else { continue }
                for designator in line.designators {
                    guard let cell = placed[designator], cell.text.lowercased() != line.value.lowercased(),
                        let placedValue = ComponentValue(cell.text),
                        bought.isComparable(with: placedValue), !bought.agrees(with: placedValue)
                    else { continue }
                    findings.append(
                        Finding(
                            rule,
                            "\(designator) is '\(line.value)' in the BOM but '\(cell.text)' in the XY file \(cell.file)",
                            file: bom.entry.path, location: line.location, designators: [designator],
                            related: [RelatedLocation(file: cell.file, location: cell.location, note: "its XY row")]))
                }
            }
        }
        return findings
    }
}
