import FullKitCore

/// The rules the XY reader reports.
extension Rule {
    static let xyNoHeader = Rule(
        id: "XY_NO_HEADER", severity: .error, summary: "The XY file has a header row naming designator, X and Y.",
        rationale: "Without named columns the positions cannot be read reliably.",
        fix: "Export the placement file with a header row: Designator, Mid X, Mid Y, Rotation, Layer.")
    static let xyEmptyDesignator = Rule(
        id: "XY_EMPTY_DESIGNATOR", severity: .error, summary: "Every placement row has a designator.",
        rationale: "A part without a designator cannot be matched to the BOM.",
        fix: "Give every placed part its designator in the XY file.")
    static let xyInvalidCoordinate = Rule(
        id: "XY_INVALID_COORDINATE", severity: .error, summary: "Every placement has numeric X and Y.",
        rationale: "The machine cannot place a part without a position.",
        fix: "Export the placement file again; every row needs numeric X and Y.")

    /// Every rule of the XY reader, in catalogue order.
    static let xyTooManyPlacements = Rule(
        id: "XY_TOO_MANY_PLACEMENTS", severity: .error,
        summary:
            "An XY file lists no more placements than the maximumParts limit (default \(ReadLimits().maximumParts)).",
        rationale: "No real board or panel has that many; reading on would let one file exhaust memory and time.",
        fix: "Check that the export did not run away; a site with such boards raises maximumParts in its policy.")

    package static let placementRules: [Rule] = [
        xyNoHeader, xyEmptyDesignator, xyInvalidCoordinate, xyTooManyPlacements,
    ]
}
