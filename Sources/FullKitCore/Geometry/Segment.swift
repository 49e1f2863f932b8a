/// A drawn line or arc, by its end points in millimetres.
public struct Segment: Sendable, Hashable {
    /// X where it starts.
    public var startX: Double
    /// Y where it starts.
    public var startY: Double
    /// X where it ends.
    public var endX: Double
    /// Y where it ends.
    public var endY: Double

    /// The segment from (`startX`, `startY`) to (`endX`, `endY`), in millimetres.
    public init(startX: Double, startY: Double, endX: Double, endY: Double) {
        (self.startX, self.startY, self.endX, self.endY) = (startX, startY, endX, endY)
    }
}
