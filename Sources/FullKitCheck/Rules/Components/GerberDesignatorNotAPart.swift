import FullKitArchive
import FullKitCore
import FullKitFormats

/// A component the copper names but neither BOM nor XY lists, which is not a placed part: noted.
struct GerberDesignatorNotAPart: PackRule {
    let rule = Rule(
        id: "GERBER_DESIGNATOR_NOT_A_PART", severity: .info,
        summary:
            "A component in the Gerbers but not in BOM or XY is a fiducial, test point, mounting hole or the like.",
        rationale: "These have pads but are not parts to buy or place.",
        fix: "Nothing, if the classification is right.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.unlistedPadDesignators(policy: policy).compactMap { designator, explanation in
            guard case .notAPart(let reason) = explanation else { return nil }
            return Finding(
                rule, "\(designator) has pads in the Gerbers and is in neither BOM nor XY: it is \(reason)",
                designators: [designator])
        }
    }
}
