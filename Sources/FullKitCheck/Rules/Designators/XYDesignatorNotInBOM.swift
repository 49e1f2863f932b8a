import FullKitArchive
import FullKitCore
import FullKitFormats

/// Every placement has a BOM line, unless it is not a part (see `DesignatorDifference`).
struct XYDesignatorNotInBOM: UnexplainedDifferenceRule {
    let rule = Rule(
        id: "XY_DESIGNATOR_NOT_IN_BOM", severity: .error,
        summary: "An XY placement has no BOM line.",
        rationale: "A part the machine will try to place that nobody buys, or a BOM that is stale.",
        fix: "Add the part to the BOM, or remove the placement if the part is not to be fitted.")

    let kind = DesignatorDifference.Kind.placedOnly
}
