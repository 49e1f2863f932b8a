import FullKitArchive
import FullKitCore
import FullKitFormats

/// When the copper names its components (`padDesignators`), every BOM and XY part has pads: one without is from
/// another revision. DNP lines and parts that are not placed by nature (by name, or for placements by what the board
/// has at their position) are not judged.
struct GerberDesignatorMissing: PackRule {
    let rule = Rule(
        id: "GERBER_DESIGNATOR_MISSING", severity: .error,
        summary:
            "Every BOM and XY designator has pads in the copper layers (when both outer copper layers carry %TO.C).",
        rationale: "A part with no pads on the board means the BOM or XY file is from another revision.",
        fix: "Export the BOM, XY and Gerbers again from one revision of the design.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard let padded = pack.padDesignators else { return [] }
        var findings: [Finding] = []
        for bom in pack.boms {
            for line in bom.content.lines where line.doNotPlace == nil {
                for designator in line.designators
                where !padded.contains(designator)
                    && pack.classifier.explain(
                        designator: designator, footprint: line.footprint, mayBeThroughHole: false) == nil
                {
                    findings.append(
                        Finding(
                            rule,
                            "\(designator) is in the BOM, but no copper pad in the Gerbers carries its designator",
                            file: bom.entry.path, location: line.location, designators: [designator]))
                }
            }
        }
        // Placements the analysis explains as no part (by name, or by the board: a fiducial's or a hole's site).
        let notParts = Set(
            pack.designatorDifferences.compactMap { difference -> String? in
                guard difference.kind == .placedOnly, case .notAPart = difference.explanation else { return nil }
                return difference.designator
            })
        for list in pack.placementLists {
            for placement in list.content.placements
            where !padded.contains(placement.designator) && !notParts.contains(placement.designator)
                && pack.classifier.explain(
                    designator: placement.designator, footprint: placement.footprint, mayBeThroughHole: false) == nil
            {
                findings.append(
                    Finding(
                        rule,
                        "\(placement.designator) is placed in the XY file, but no copper pad in the Gerbers carries its designator",
                        file: list.entry.path, location: placement.location, designators: [placement.designator]))
            }
        }
        return findings
    }
}
