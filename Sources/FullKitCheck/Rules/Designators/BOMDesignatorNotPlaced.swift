import FullKitArchive
import FullKitCore
import FullKitFormats

/// Every BOM designator is placed, unless something explains why not (see `DesignatorDifference`).
struct BOMDesignatorNotPlaced: UnexplainedDifferenceRule {
    let rule = Rule(
        id: "BOM_DESIGNATOR_NOT_PLACED", severity: .error,
        summary: "A BOM designator has no row in the XY file.",
        rationale: "A part that is bought but never placed, or a placement file that is stale.",
        fix: "Add the part to the XY file, or mark the BOM line DNP if it is not to be fitted.")

    let kind = DesignatorDifference.Kind.inBOMOnly
}
