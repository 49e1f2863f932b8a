/// A gap in the board outline: two open ends and the distance between them, in millimetres.
public struct OutlineGap: Sendable, Equatable {
    /// X of one open end.
    public var fromX: Double
    /// Y of one open end.
    public var fromY: Double
    /// X of the nearest other open end.
    public var toX: Double
    /// Y of the nearest other open end.
    public var toY: Double
    /// The distance between the two ends.
    public var width: Double
}
