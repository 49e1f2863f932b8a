/// A flashed pad: where it is (mm), the component it belongs to (`%TO.C`) and its aperture's `.AperFunction`
/// (`SMDPad,CuDef` for a surface-mount pad, `ComponentPad` for a through-hole one), each when the file says.
public struct Pad: Sendable, Hashable {
    /// X of the pad's centre, in millimetres.
    public var x: Double
    /// Y of the pad's centre, in millimetres.
    public var y: Double
    /// The component it belongs to (`%TO.C`), when the file says.
    public var designator: String?
    /// Its aperture's `.AperFunction` (`SMDPad,CuDef`, `ComponentPad` …), when the file says.
    public var function: String?
    /// The width of the box around it, in mm (its aperture as flashed, or its region); 0 when not known.
    public var width: Double
    /// The height of the box around it, in mm; 0 when not known.
    public var height: Double
    /// Whether it is round: flashed with a circle aperture (`C`).
    public var isRound: Bool

    /// A pad at (`x`, `y`) mm, of `designator`, flashed with an aperture of `function`, `width` × `height` mm, round
    /// or not.
    public init(
        x: Double, y: Double, designator: String?, function: String?, width: Double = 0, height: Double = 0,
        isRound: Bool = false
    ) {
        (self.x, self.y, self.designator, self.function) = (x, y, designator, function)
        (self.width, self.height, self.isRound) = (width, height, isRound)
    }

    /// Whether the aperture marks a through-hole component pad.
    public var isThroughHole: Bool { function == "ComponentPad" }
}
