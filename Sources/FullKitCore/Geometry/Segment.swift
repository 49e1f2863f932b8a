/// A drawn line or arc, by its end points in millimetres.
public struct Segment: Sendable, Hashable {
    public var startX: Double
    public var startY: Double
    public var endX: Double
    public var endY: Double

    /// The segment from (`startX`, `startY`) to (`endX`, `endY`), in millimetres.
    public init(startX: Double, startY: Double, endX: Double, endY: Double) {
        (self.startX, self.startY, self.endX, self.endY) = (startX, startY, endX, endY)
    }
}
