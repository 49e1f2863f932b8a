/// Points (mm) in a uniform grid of square cells, for "is there a point near here" and "every point in this box"
/// without comparing all pairs: a query looks only at the cells it overlaps. A cell holds at most `capacity` points,
/// so that no query costs more than the cells it overlaps times that (a hostile layer may stack a hundred thousand
/// pads at one point); the points turned away are counted, with the first of them.
public struct PointGrid: Sendable {
    /// A point of the grid.
    public typealias Point = (x: Double, y: Double)

    /// The side of a cell, in mm.
    public let cellSize: Double
    /// The most points one cell holds.
    public let capacity: Int
    private var cells: [Int64: [Point]] = [:]
    /// How many points the grid holds.
    public private(set) var count = 0
    /// The box around its points; nil when it holds none.
    public private(set) var extent: Extent?
    /// How many points were turned away because their cell was full.
    public private(set) var turnedAway = 0
    /// The first point turned away because its cell was full; nil when none was.
    public private(set) var firstTurnedAway: Point?

    /// A grid of `cellSize` mm, at most `capacity` points a cell, holding `points` (points that are not finite or lie
    /// past ±10⁹ mm are left out).
    public init(cellSize: Double, capacity: Int = .max, points: some Sequence<Point> = []) {
        precondition(cellSize > 0, "a grid needs cells of some size")
        precondition(capacity > 0, "a grid needs cells that hold a point")
        self.cellSize = cellSize
        self.capacity = capacity
        for point in points { insert(point) }
    }

    /// Adds `point` (ignored when not finite or past ±10⁹ mm; turned away, and counted, when its cell is full).
    public mutating func insert(_ point: Point) {
        guard point.x.isFinite, point.y.isFinite, abs(point.x) < 1e9, abs(point.y) < 1e9 else { return }
        let cell = key(column(point.x), column(point.y))
        guard cells[cell, default: []].count < capacity else {
            turnedAway += 1
            if firstTurnedAway == nil { firstTurnedAway = point }
            return
        }
        cells[cell, default: []].append(point)
        count += 1
        extent.formUnion(Extent(x: point.x, y: point.y))
    }

    /// Whether the grid holds no point.
    public var isEmpty: Bool { count == 0 }

    /// The point nearest to (`x`, `y`) within `radius` mm, and its distance; nil when none is that near.
    public func nearest(toX x: Double, y: Double, within radius: Double) -> (point: Point, distance: Double)? {
        var best: (point: Point, distance: Double)?
        forEach(in: Extent(x: x, y: y, margin: radius)) { point in
            let distance = ((point.x - x) * (point.x - x) + (point.y - y) * (point.y - y)).squareRoot()
            if distance <= radius, distance < best?.distance ?? .infinity { best = (point, distance) }
        }
        return best
    }

    /// Whether a point lies within `radius` mm of (`x`, `y`): stops at the first one found (a hostile layer may stack
    /// a hundred thousand pads in one cell).
    public func contains(nearX x: Double, y: Double, within radius: Double) -> Bool {
        var found = false
        scan(in: Extent(x: x, y: y, margin: radius)) { point in
            found = (point.x - x) * (point.x - x) + (point.y - y) * (point.y - y) <= radius * radius
            return !found
        }
        return found
    }

    /// Calls `body` with every point inside `window` (edges included). Looks at the cells the window overlaps, or at
    /// every cell when the window overlaps more cells than the grid holds.
    public func forEach(in window: Extent, _ body: (Point) -> Void) {
        scan(in: window) { point in
            body(point)
            return true
        }
    }

    /// Calls `body` with the points inside `window` (edges included) while it returns true, looking at the cells as
    /// `forEach(in:_:)` does.
    public func scan(in window: Extent, _ body: (Point) -> Bool) {
        guard window.minX.isFinite, window.minY.isFinite, window.maxX.isFinite, window.maxY.isFinite,
            window.minX <= window.maxX, window.minY <= window.maxY, !cells.isEmpty
        else { return }
        let (firstColumn, lastColumn) = (column(max(window.minX, -1e9)), column(min(window.maxX, 1e9)))
        let (firstRow, lastRow) = (column(max(window.minY, -1e9)), column(min(window.maxY, 1e9)))
        let overlapped = (Double(lastColumn - firstColumn) + 1) * (Double(lastRow - firstRow) + 1)
        func inside(_ points: [Point]) -> Bool {
            for point in points
            where point.x >= window.minX && point.x <= window.maxX && point.y >= window.minY && point.y <= window.maxY {
                guard body(point) else { return false }
            }
            return true
        }
        if overlapped > Double(cells.count) {
            for points in cells.values where !inside(points) { return }
            return
        }
        for x in firstColumn...lastColumn {
            for y in firstRow...lastRow {
                if let points = cells[key(x, y)], !inside(points) { return }
            }
        }
    }

    private func column(_ value: Double) -> Int { Int((value / cellSize).rounded(.down)) }

    private func key(_ x: Int, _ y: Int) -> Int64 { Int64(x) << 32 | Int64(UInt32(truncatingIfNeeded: y)) }
}
