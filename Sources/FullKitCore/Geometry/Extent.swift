/// An axis-aligned bounding box in millimetres.
public struct Extent: Sendable, Hashable, Codable {
    /// The smallest X.
    public var minX: Double
    /// The smallest Y.
    public var minY: Double
    /// The largest X.
    public var maxX: Double
    /// The largest Y.
    public var maxY: Double

    /// The box from (`minX`, `minY`) to (`maxX`, `maxY`).
    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// The box around one point, grown by `margin` on every side.
    public init(x: Double, y: Double, margin: Double = 0) {
        self.init(minX: x - margin, minY: y - margin, maxX: x + margin, maxY: y + margin)
    }

    /// Its width: `maxX - minX`.
    public var width: Double { maxX - minX }
    /// Its height: `maxY - minY`.
    public var height: Double { maxY - minY }

    /// The smallest box holding both.
    public func union(_ other: Extent) -> Extent {
        Extent(
            minX: Swift.min(minX, other.minX), minY: Swift.min(minY, other.minY),
            maxX: Swift.max(maxX, other.maxX), maxY: Swift.max(maxY, other.maxY))
    }

    /// The box scaled by `factor` (a unit conversion).
    public func scaled(by factor: Double) -> Extent {
        Extent(minX: minX * factor, minY: minY * factor, maxX: maxX * factor, maxY: maxY * factor)
    }

    /// The box moved by (`dx`, `dy`).
    public func offsetBy(dx: Double, dy: Double) -> Extent {
        Extent(minX: minX + dx, minY: minY + dy, maxX: maxX + dx, maxY: maxY + dy)
    }

    /// How far the point lies outside the box (0 inside).
    public func distance(toX x: Double, y: Double) -> Double {
        let dx = Swift.max(minX - x, 0, x - maxX)
        let dy = Swift.max(minY - y, 0, y - maxY)
        return (dx * dx + dy * dy).squareRoot()
    }
}

extension Optional where Wrapped == Extent {
    /// Grows the optional box to include `other`.
    public mutating func formUnion(_ other: Extent) {
        self = self.map { $0.union(other) } ?? other
    }
}
