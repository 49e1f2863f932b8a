/// A point on the board in millimetres, in the Gerbers' frame (the copper's coordinates): where a finding is.
public struct BoardPoint: Sendable, Hashable, Codable {
    /// X in mm.
    public var x: Double
    /// Y in mm.
    public var y: Double

    /// The point (`x`, `y`) mm.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
