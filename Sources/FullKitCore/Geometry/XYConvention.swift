/// The convention detected for one XY file, with how many of its placements fit the board under it.
public struct XYConvention: Sendable, Hashable, Codable {
    /// The XY file's display path.
    public var file: String
    /// The unit and sign convention under which most placements fit the board.
    public var convention: PlacementConvention
    /// Placements with a position.
    public var placements: Int
    /// Of those, how many lie inside the board outline.
    public var inside: Int
    /// Of the placements the convention was registered with (the first 2 000), how many lie within 2.5 mm of a
    /// copper flash of their side under it; nil when the copper has no flashes and the outline alone decided.
    public var nearFlashes: Int?
    /// How many placements were registered against the flashes; nil when the copper has none.
    public var registered: Int?
    /// When the file states a unit its placements do not fit the board in, and under another unit they fit it and
    /// land on the copper's pads: that unit, with how many placements lie on the board and near a copper flash
    /// under it. The stated unit is kept (it is the file's word); this is the evidence against it.
    public var unitContradiction: UnitContradiction?
    /// Placements whose pads the copper names (X2 `%TO.C`) on their side; nil when it names none.
    public var judgedByPads: Int?
    /// Of those, how many lie on their pads; nil when the copper names none.
    public var onPads: Int?
    /// Each of those placements with its pads' centre and distance, as numbers; nil when the copper names none.
    public var matches: [PlacementMatch]?

    /// The convention found for `file`, with its counts of placements and of those inside the board.
    public init(file: String, convention: PlacementConvention, placements: Int, inside: Int) {
        self.file = file
        self.convention = convention
        self.placements = placements
        self.inside = inside
    }
}

/// The unit under which an XY file's placements register on the board, against the unit the file states.
public struct UnitContradiction: Sendable, Hashable, Codable {
    /// The unit the placements register in.
    public var unit: LengthUnit
    /// How many placements lie on the board under it.
    public var inside: Int
    /// Of those registered against the copper's flashes, how many lie near one under it.
    public var nearFlashes: Int
    /// How many were registered against the flashes.
    public var registered: Int

    /// The contradiction: placements register in `unit`, `inside` on the board, `nearFlashes` of `registered` near a
    /// flash.
    public init(unit: LengthUnit, inside: Int, nearFlashes: Int, registered: Int) {
        (self.unit, self.inside, self.nearFlashes, self.registered) = (unit, inside, nearFlashes, registered)
    }
}
