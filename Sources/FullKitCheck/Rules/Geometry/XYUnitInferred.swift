import FullKitArchive
import FullKitCore
import FullKitFormats

/// Each XY file states its unit (else it was inferred from the outline, and a machine programmer must confirm it).
struct XYUnitInferred: PackRule {
    let rule = Rule(
        id: "XY_UNIT_INFERRED", severity: .warning,
        summary: "The XY file states its unit.",
        rationale: "Without a stated unit the unit is inferred from the outline; a machine programmer must confirm it.",
        fix: "Export the XY file with its unit in the header (e.g. Mid X(mm)) or a unit line.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.xyConventions.compactMap { detected in
            guard let list = pack.placementLists.first(where: { $0.entry.path == detected.file }),
                list.content.unit == nil
            else {
                return nil
            }
            return Finding(
                rule,
                "\(detected.file) does not state its unit; under \(detected.convention.summary), \(detected.inside) of \(detected.placements) placements fit the board",
                file: detected.file)
        }
    }
}
