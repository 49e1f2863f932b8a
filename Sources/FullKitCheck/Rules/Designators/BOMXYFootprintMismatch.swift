import FullKitArchive
import FullKitCore
import FullKitFormats

/// Where the BOM and the XY file both name a part's footprint or package with a chip size, they name the same size
/// (`0603` = `R_0603_1608Metric` = `1608Metric`). Names that state no chip size (`SOT-23`, `LQFP-48`) are not
/// compared: tools write packages in too many ways to judge them as words.
struct BOMXYFootprintMismatch: PackRule {
    let rule = Rule(
        id: "BOM_XY_FOOTPRINT_MISMATCH", severity: .error,
        summary: "A part's chip size in the BOM's footprint differs from the one in the XY file's (0603 against 0805).",
        rationale: "One of the two files is stale: the part bought does not fit the pads the layout placed.",
        fix: "Export the BOM and the XY file again from the same design revision.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        // Footprint names repeat (one per package): each is read once.
        var sizes: [String: ChipSize?] = [:]
        func size(_ name: String) -> ChipSize? {
            if let known = sizes[name] { return known }
            let read = ChipSize(name)
            sizes[name] = read
            return read
        }
        return BOMXYAgreement.findings(in: pack, rule: rule, cell: \.footprint, placedCell: \.footprint) {
            bought, placed in
            guard let boughtSize = size(bought), let placedSize = size(placed), !boughtSize.agrees(with: placedSize)
            else { return nil }
            return BOMXYAgreement.Disagreement(
                bom: (boughtSize.description, " ('\(bought)')"), placed: (placedSize.description, " ('\(placed)')"))
        }
    }
}
