/// A gap in the board outline: two open ends and the distance between them, in millimetres.
public struct OutlineGap: Sendable, Equatable {
    public var fromX: Double
    public var fromY: Double
    public var toX: Double
    public var toY: Double
    /// The distance between the two ends.
    public var width: Double
}
