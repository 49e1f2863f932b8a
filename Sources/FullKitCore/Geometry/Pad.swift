/// A flashed pad: where it is (mm), the component it belongs to (`%TO.C`) and its aperture's `.AperFunction`
/// (`SMDPad,CuDef` for a surface-mount pad, `ComponentPad` for a through-hole one), each when the file says.
public struct Pad: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var designator: String?
    public var function: String?

    public init(x: Double, y: Double, designator: String?, function: String?) {
        (self.x, self.y, self.designator, self.function) = (x, y, designator, function)
    }

    /// Whether the aperture marks a through-hole component pad.
    public var isThroughHole: Bool { function == "ComponentPad" }
}
