/// One drilled hole: its centre in millimetres and the line that drills it.
public struct Hole: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var location: SourceLocation

    /// A hole at (`x`, `y`) mm, drilled by the line at `location`.
    public init(x: Double, y: Double, location: SourceLocation) {
        (self.x, self.y, self.location) = (x, y, location)
    }
}
