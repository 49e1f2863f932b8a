import FullKitArchive
import FullKitCore
import FullKitFormats

/// Every component the copper names (`%TO.C`) is in the BOM or an XY file, unless it is not a placed part.
struct GerberDesignatorUnlisted: PackRule {
    let rule = Rule(
        id: "GERBER_DESIGNATOR_UNLISTED", severity: .error,
        summary: "Every component the copper layers name (%TO.C) is in the BOM or the XY file.",
        rationale: "A footprint with pads that neither file lists is a part nobody buys or places, or stale Gerbers.",
        fix: "Add the part to the BOM and XY file, or mark it DNP, or export the Gerbers again.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.unlistedPadDesignators(policy: policy).compactMap { designator, explanation in
            if case .notAPart = explanation { return nil }
            return Finding(
                rule, "\(designator) has pads in the Gerbers (%TO.C) but is in neither the BOM nor the XY file",
                designators: [designator])
        }
    }
}
