import FullKitArchive
import FullKitCore
import FullKitFormats

/// Every BOM designator is placed, unless something explains why not (see `DesignatorDifference`).
struct BOMDesignatorNotPlaced: CollectingPackRule {
    let rule = Rule(
        id: "BOM_DESIGNATOR_NOT_PLACED", severity: .error,
        summary: "A BOM designator has no row in the XY file.",
        rationale: "A part that is bought but never placed, or a placement file that is stale.",
        fix: "Add the part to the XY file, or mark the BOM line DNP if it is not to be fitted.")

    func collect(in pack: AnalyzedPack, policy: Policy, into collector: inout FindingCollector) {
        for difference in pack.designatorDifferences
        where difference.kind == .inBOMOnly && difference.explanation == nil {
            collector.add(
                Finding(
                    rule, "\(difference.designator) is \(difference.description)", file: difference.file,
                    location: difference.location, designators: [difference.designator]))
        }
    }
}
