import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// When the copper layers name their components (X2 `%TO.C` on the pads of both outer layers: KiCad's netlist
/// attributes), the BOM and XY designators match them: a BOM or XY part without pads is from another revision; a
/// padded footprint in neither file is a part nobody buys or places. Not-placed-by-nature footprints (fiducials,
/// test points, mounting holes …) are only noted. Packs whose outer copper lacks `%TO.C` (paste alone names only
/// SMD parts) are not judged by this check.
struct ComponentCrossCheck: PackCheck {
    static let missingPads = Rule(
        id: "GERBER_DESIGNATOR_MISSING", severity: .error,
        summary: "Every BOM and XY designator has pads in the copper layers (when both outer copper layers carry %TO.C).",
        rationale: "A part with no pads on the board means the BOM or XY file is from another revision.",
        fix: "Export the BOM, XY and Gerbers again from one revision of the design.")
    static let unlisted = Rule(
        id: "GERBER_DESIGNATOR_UNLISTED", severity: .error,
        summary: "Every component the copper layers name (%TO.C) is in the BOM or the XY file.",
        rationale: "A footprint with pads that neither file lists is a part nobody buys or places, or stale Gerbers.",
        fix: "Add the part to the BOM and XY file, or mark it DNP, or export the Gerbers again.")
    static let unlistedExplained = Rule(
        id: "GERBER_DESIGNATOR_NOT_A_PART", severity: .info,
        summary: "A component in the Gerbers but not in BOM or XY is a fiducial, test point, mounting hole or the like.",
        rationale: "These have pads but are not parts to buy or place.",
        fix: "Nothing, if the classification is right.")

    var rules: [Rule] { [Self.missingPads, Self.unlisted, Self.unlistedExplained] }

    func check(_ pack: AnalyzedPack, policy: Policy) -> [Finding] {
        var padded = Set<String>()
        let outer = pack.entries(.copper).filter { $0.identification.side == .top || $0.identification.side == .bottom }
        for entry in pack.entries(.copper) {
            if case .gerber(let document) = entry.content { padded.formUnion(document.componentDesignators) }
        }
        // Only complete copper counts: a truncated layer names only some of its components.
        let outerNamed = outer.allSatisfy { entry in
            if case .gerber(let document) = entry.content {
                return !document.componentDesignators.isEmpty && document.hasEndOfFile
            }
            return false
        }
        padded.remove("")
        guard !outer.isEmpty, outerNamed, !padded.isEmpty else { return [] }
        var findings: [Finding] = []
        var listed = Set<String>()
        for entry in pack.entries(.bom) {
            guard case .bom(let bom) = entry.content else { continue }
            for line in bom.lines {
                listed.formUnion(line.designators)
                guard line.doNotPlace == nil else { continue }
                for designator in line.designators where !padded.contains(designator)
                    && DifferenceClassifier.explain(designator: designator, footprint: line.footprint, mayBeThroughHole: false, extraPrefixes: policy.notPlacedPrefixes) == nil
                {
                    findings.append(Finding(
                        Self.missingPads, "\(designator) is in the BOM, but no copper pad in the Gerbers carries its designator",
                        file: entry.path, location: line.location, designators: [designator]))
                }
            }
        }
        for entry in pack.entries(.placement) {
            guard case .placement(let list) = entry.content else { continue }
            for placement in list.placements {
                listed.insert(placement.designator)
                if !padded.contains(placement.designator),
                    DifferenceClassifier.explain(designator: placement.designator, footprint: placement.footprint, mayBeThroughHole: false, extraPrefixes: policy.notPlacedPrefixes) == nil
                {
                    findings.append(Finding(
                        Self.missingPads, "\(placement.designator) is placed in the XY file, but no copper pad in the Gerbers carries its designator",
                        file: entry.path, location: placement.location, designators: [placement.designator]))
                }
            }
        }
        guard policy.profile == .assembly, !listed.isEmpty else { return findings }
        for designator in padded.subtracting(listed).sorted() {
            if case .notAPart(let reason) = DifferenceClassifier.explain(designator: designator, footprint: "", mayBeThroughHole: false, extraPrefixes: policy.notPlacedPrefixes) {
                findings.append(Finding(
                    Self.unlistedExplained, "\(designator) has pads in the Gerbers and is in neither BOM nor XY: it is \(reason)",
                    designators: [designator]))
            } else {
                findings.append(Finding(
                    Self.unlisted, "\(designator) has pads in the Gerbers (%TO.C) but is in neither the BOM nor the XY file",
                    designators: [designator]))
            }
        }
        return findings
    }
}
