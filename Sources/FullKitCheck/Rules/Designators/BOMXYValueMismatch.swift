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
        BOMXYAgreement.findings(in: pack, rule: rule, cell: \.value, placedCell: \.value) { bought, placed in
            guard bought.lowercased() != placed.lowercased(), let boughtValue = ComponentValue(bought),
                let placedValue = ComponentValue(placed), boughtValue.isComparable(with: placedValue),
                !boughtValue.agrees(with: placedValue)
            else { return nil }
            return BOMXYAgreement.Disagreement(bom: ("'\(bought)'", ""), placed: ("'\(placed)'", ""))
        }
    }
}
