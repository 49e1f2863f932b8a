import FullKitArchive
import FullKitCore
import FullKitFormats

/// A BOM line marked do-not-place has no XY row: recorded so that the explanation is visible.
struct BOMDNPNotPlaced: PackRule {
    let rule = Rule(
        id: "BOM_DNP_NOT_PLACED", severity: .info,
        summary: "A BOM line marked do-not-place has no XY row, as expected.",
        rationale: "Recorded so that the explanation is visible.",
        fix: "Nothing to do: DNP parts need no placement.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.designatorDifferences.compactMap { difference in
            guard case .doNotPlace(let reason) = difference.explanation else { return nil }
            return Finding(
                rule, "\(difference.designator) is not in the XY file; the BOM marks it do-not-place (\(reason))",
                file: difference.file, location: difference.location, designators: [difference.designator])
        }
    }
}
