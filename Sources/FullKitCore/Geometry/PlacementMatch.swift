/// One placement held against the pads the copper names for it (X2 `%TO.C`), as numbers: where the XY file puts it
/// on the board, the centre of the box around its pads, the distance between them, and the distance allowed (all in
/// millimetres, to the micrometre).
public struct PlacementMatch: Sendable, Hashable, Codable {
    /// The placement's designator.
    public var designator: String
    /// Its side.
    public var side: BoardSide
    /// Its board position under the file's convention, in millimetres.
    public var x: Double
    /// Y of its board position, in millimetres.
    public var y: Double
    /// The centre of the box around its pads on that side, in millimetres.
    public var padsX: Double
    /// Y of the pads' centre, in millimetres.
    public var padsY: Double
    /// How many pads the part has on that side.
    public var pads: Int
    /// Whether it is judged as a through-hole part (by its distance to the pads' box, not their centre).
    public var throughHole: Bool
    /// The distance judged, in millimetres: to the pads' centre (SMD) or box (through-hole).
    public var distance: Double
    /// The distance allowed, in millimetres.
    public var allowed: Double
    /// For a through-hole part, where its placement lies against its pads; nil for an SMD part.
    public var throughHoleOrigin: ThroughHoleOrigin?

    /// Whether it lies on its pads: `distance` within `allowed`.
    public var onPads: Bool { distance <= allowed }

    /// A match of `designator` on `side` at (`x`, `y`) against `pads` pads centred at (`padsX`, `padsY`); a
    /// through-hole part's with where it lies against them.
    public init(
        designator: String, side: BoardSide, x: Double, y: Double, padsX: Double, padsY: Double, pads: Int,
        throughHole: Bool, distance: Double, allowed: Double, throughHoleOrigin: ThroughHoleOrigin? = nil
    ) {
        // Kept to the micrometre: finer digits are arithmetic noise (8.0 read back as 7.999999999999999).
        func micrometres(_ value: Double) -> Double { (value * 1e6).rounded() / 1e6 }
        self.designator = designator
        self.side = side
        (self.x, self.y) = (micrometres(x), micrometres(y))
        (self.padsX, self.padsY, self.pads) = (micrometres(padsX), micrometres(padsY), pads)
        (self.throughHole, self.distance, self.allowed) = (throughHole, micrometres(distance), micrometres(allowed))
        self.throughHoleOrigin = throughHoleOrigin
    }
}
