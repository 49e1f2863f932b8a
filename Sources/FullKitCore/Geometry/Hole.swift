/// One drilled hole: its centre in millimetres and the line that drills it.
public struct Hole: Sendable, Hashable {
    /// X of the centre, in millimetres.
    public var x: Double
    /// Y of the centre, in millimetres.
    public var y: Double
    /// The line that drills it.
    public var location: SourceLocation
    /// The diameter of the tool that drills it, in millimetres, when the file gives one.
    public var diameter: Double?

    /// A hole at (`x`, `y`) mm, drilled by the line at `location` with a tool of `diameter` mm.
    public init(x: Double, y: Double, location: SourceLocation, diameter: Double? = nil) {
        (self.x, self.y, self.location, self.diameter) = (x, y, location, diameter)
    }
}
