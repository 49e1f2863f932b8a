import FullKitCore

/// What the Excellon reader found in one drill file.
public struct ExcellonDocument: Sendable {
    /// The unit from `METRIC`/`INCH`, `M71`/`M72` or a format comment.
    public var unit: LengthUnit?
    /// The X2 attributes written as `; #@! TF…` comments.
    public var attributes = X2Attributes()
    /// Whether the file says its holes are plated (`true`), non-plated (`false`) or does not say (nil).
    public var plated: Bool?
    /// Tool diameters in millimetres by tool number.
    public var toolDiameters: [Int: Double] = [:]
    /// How many holes the file drills (slots count once).
    public var hitCount = 0
    /// How many slots (G85 or routed) the file cuts.
    public var slotCount = 0
    /// The extent of the holes in millimetres, each hole as wide as its tool.
    public var extent: Extent?
    /// The holes drilled (not slots), in millimetres with their line, up to 1 000 000; only when the unit is known.
    public var holes: [Hole] = []
    /// The centre of each slot, in millimetres with the line that ends it (the middle of a G85 slot, or of the first
    /// and last points of a route between `M15` and `M16`) and half its span (a route's corners are not kept), up to
    /// 1 000 000; only when the unit is known. A plated slot's centre is its oval pad's centre.
    public var slots: [Hole] = []
    /// Half of each slot's span, from its centre to its end, in millimetres, index for index with `slots` (kept apart
    /// so that the holes, a million of them in a large file, stay small).
    public var slotHalfSpans: [BoardPoint] = []
    /// Whether the file ends with `M30` (or `M00`).
    public var hasEndOfFile = false
    /// Where the number format came from when the file itself does not state it (e.g. `nc_param.txt`).
    public var formatSource: String?
    /// Whether the integer and decimal digits of its coordinates were stated (by the file, or `nc_param.txt`); when
    /// not, coordinates without a decimal point were read in the unit's customary format (2:4 inch, 3:3 mm).
    public var formatStated = false
    /// Problems found, located by byte offset.
    public var issues: [ParseIssue] = []

    /// An empty document, filled in by the reader.
    public init() {}
}
