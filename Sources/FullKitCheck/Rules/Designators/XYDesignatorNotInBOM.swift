import FullKitArchive
import FullKitCore
import FullKitFormats

/// Every placement has a BOM line, unless it is not a part (see `DesignatorDifference`).
struct XYDesignatorNotInBOM: CollectingPackRule {
    let rule = Rule(
        id: "XY_DESIGNATOR_NOT_IN_BOM", severity: .error,
        summary: "An XY placement has no BOM line.",
        rationale: "A part the machine will try to place that nobody buys, or a BOM that is stale.",
        fix: "Add the part to the BOM, or remove the placement if the part is not to be fitted.")

    func collect(in pack: AnalyzedPack, policy: Policy, into collector: inout FindingCollector) {
        for difference in pack.designatorDifferences
        where difference.kind == .placedOnly && difference.explanation == nil {
            collector.add(
                Finding(
                    rule, "\(difference.designator) is \(difference.description)", file: difference.file,
                    location: difference.location, designators: [difference.designator]))
        }
    }
}
