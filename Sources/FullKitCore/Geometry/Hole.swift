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
    /// For a slot, from its centre to its end, in millimetres (the start lies as far the other way); nil for a hole.
    public var halfSpan: BoardPoint?

    /// A hole at (`x`, `y`) mm, drilled by the line at `location` with a tool of `diameter` mm; a slot, centred there,
    /// reaches `halfSpan` mm either way.
    public init(
        x: Double, y: Double, location: SourceLocation, diameter: Double? = nil, halfSpan: BoardPoint? = nil
    ) {
        (self.x, self.y, self.location, self.diameter, self.halfSpan) = (x, y, location, diameter, halfSpan)
    }
}
