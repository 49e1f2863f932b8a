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

    /// A pad at (`x`, `y`) mm, of `designator`, flashed with an aperture of `function`.
    public init(x: Double, y: Double, designator: String?, function: String?) {
        (self.x, self.y, self.designator, self.function) = (x, y, designator, function)
    }

    /// Whether the aperture marks a through-hole component pad.
    public var isThroughHole: Bool { function == "ComponentPad" }
}
