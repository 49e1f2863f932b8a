/// How an XY file's numbers map onto the board: the unit, and the sign conventions CAD tools use (KiCad writes
/// bottom-side X negated; some exports flip Y). Detected by trying each and keeping the one under which the most
/// placements fall inside the board outline.
public struct PlacementConvention: Sendable, Hashable, Codable {
    /// The unit of the XY file's numbers.
    public var unit: LengthUnit
    /// Whether the unit was stated by the file (false: inferred from the outline).
    public var unitStated: Bool
    /// Whether bottom-side X values are negated (KiCad's `--bottom-negate-x`, the default in KiCad 6).
    public var bottomXNegated: Bool
    /// Whether Y values are negated.
    public var yNegated: Bool
    /// Where the XY file's origin lies in Gerber coordinates (mm): (0, 0), or a corner of the board when the XY
    /// file is relative to an auxiliary (drill/place) origin.
    public var originX: Double
    /// Y of the XY file's origin in Gerber coordinates (mm).
    public var originY: Double

    /// The board position of `x`, `y` on `side`, in millimetres.
    public func position(x: Double, y: Double, side: BoardSide?) -> (x: Double, y: Double) {
        let scale = unit.millimeters
        let px = (bottomXNegated && side == .bottom ? -x : x) * scale
        let py = (yNegated ? -y : y) * scale
        return (px + originX, py + originY)
    }

    /// Words for the report, e.g. "mm (stated), bottom X negated".
    public var summary: String {
        var parts = ["\(unit.rawValue) (\(unitStated ? "stated" : "inferred from the board outline"))"]
        if bottomXNegated { parts.append("bottom-side X negated, as KiCad writes it") }
        if yNegated { parts.append("Y negated") }
        if originX != 0 || originY != 0 {
            parts.append(
                "origin at (\((originX * 1000).rounded() / 1000), \((originY * 1000).rounded() / 1000)) mm, a board corner (auxiliary origin)"
            )
        }
        return parts.joined(separator: ", ")
    }

    /// A convention of `unit` (stated by the file or not), the two sign flips and the origin (mm).
    public init(
        unit: LengthUnit, unitStated: Bool, bottomXNegated: Bool, yNegated: Bool, originX: Double, originY: Double
    ) {
        self.unit = unit
        self.unitStated = unitStated
        self.bottomXNegated = bottomXNegated
        self.yNegated = yNegated
        self.originX = originX
        self.originY = originY
    }
}
