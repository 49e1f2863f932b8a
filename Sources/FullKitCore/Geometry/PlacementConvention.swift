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
    /// Whether the origin was found by registering the placements onto the copper pads (any shift), rather than
    /// taken from the candidates every tool uses ((0, 0) and the board's corners).
    public var originByPads: Bool = false

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
            let origin = "origin at (\((originX * 1000).rounded() / 1000), \((originY * 1000).rounded() / 1000)) mm"
            parts.append(
                originByPads
                    ? "\(origin), found by registering the placements onto the copper pads (another origin, not a defect)"
                    : "\(origin), a board corner (auxiliary origin)")
        }
        return parts.joined(separator: ", ")
    }

    /// A convention of `unit` (stated by the file or not), the two sign flips and the origin (mm), and whether
    /// the origin was found on the pads.
    public init(
        unit: LengthUnit, unitStated: Bool, bottomXNegated: Bool, yNegated: Bool, originX: Double, originY: Double,
        originByPads: Bool = false
    ) {
        self.originByPads = originByPads
        self.unit = unit
        self.unitStated = unitStated
        self.bottomXNegated = bottomXNegated
        self.yNegated = yNegated
        self.originX = originX
        self.originY = originY
    }
}
