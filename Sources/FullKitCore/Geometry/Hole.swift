/// One drilled hole: its centre in millimetres and the line that drills it.
public struct Hole: Sendable, Hashable {
    /// X of the centre, in millimetres.
    public var x: Double
    /// Y of the centre, in millimetres.
    public var y: Double
    /// The line that drills it.
    public var location: SourceLocation

    /// A hole at (`x`, `y`) mm, drilled by the line at `location`.
    public init(x: Double, y: Double, location: SourceLocation) {
        (self.x, self.y, self.location) = (x, y, location)
    }
}
