import FullKitArchive
import FullKitCore
import FullKitFormats

/// A designator in only one of BOM and XY that is not a placed part: a fiducial, test point, mounting hole, logo,
/// solder jumper or net tie, by its designator prefix or footprint name.
struct DiffNotAPart: PackRule {
    let rule = Rule(
        id: "DIFF_NOT_A_PART", severity: .warning,
        summary:
            "A designator in only one of BOM and XY is a fiducial, test point, mounting hole, logo, jumper or net tie.",
        rationale:
            "These are not parts a machine places; a tool often lists them in one file only. Worth a look, not a reason to reject.",
        fix: "Nothing, if the classification is right; otherwise add the part to the other file.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.designatorDifferences.compactMap { difference in
            guard case .notAPart(let reason) = difference.explanation else { return nil }
            return Finding(
                rule, "\(difference.designator) is \(difference.description); it is \(reason), not a placed part",
                file: difference.file, location: difference.location, designators: [difference.designator])
        }
    }
}
