/// Finds the shift that puts the most of a set of points onto targets, robustly: every (point, target) pair whose
/// offset lies in an allowed window votes for that offset in a histogram of `bin`-mm cells; each point votes at most
/// once per cell, so a part with many pads counts once. The cell whose 3 × 3 neighbourhood holds the most votes
/// wins, and the shift is refined to the mean of the offsets near it. Outliers vote for scattered cells and do not
/// move the peak: a CAM engineer's overlay, done by counting.
public enum TranslationVote {
    /// The shift found and how well it is supported.
    public struct Result: Sendable, Equatable {
        /// The shift in X, mm.
        public var dx: Double
        /// The shift in Y, mm.
        public var dy: Double
        /// How many of the points land within one and a half cells of a target under the shift.
        public var votes: Int
    }

    /// One point to place: its position and which of the target grids it may land on (a placement's side).
    public typealias Source = (x: Double, y: Double, grid: Int)

    /// The shifts that keep the middle 80 % of `points` on `board` (with `slack` mm around it), so that outliers do
    /// not narrow the search; nil when no shift does (the points spread wider than the board).
    public static func window(keeping points: [Source], on board: Extent, slack: Double) -> Extent? {
        guard !points.isEmpty else { return nil }
        let xs = points.map(\.x).sorted()
        let ys = points.map(\.y).sorted()
        let (low, high) = (points.count / 10, points.count - 1 - points.count / 10)
        let window = Extent(
            minX: board.minX - xs[low] - slack, minY: board.minY - ys[low] - slack,
            maxX: board.maxX - xs[high] + slack, maxY: board.maxY - ys[high] + slack)
        return window.minX <= window.maxX && window.minY <= window.maxY ? window : nil
    }

    /// The histogram's largest size, in cells; a wider window gets coarser cells.
    static let maximumCells = 1 << 20

    /// The shift within `window` that puts the most `points` within a cell of a target of their grid; nil when no
    /// pair falls in the window.
    public static func best(_ points: [Source], onto grids: [PointGrid], window: Extent, bin requestedBin: Double)
        -> Result?
    {
        guard !points.isEmpty, window.width >= 0, window.height >= 0, window.width.isFinite, window.height.isFinite
        else { return nil }
        var bin = requestedBin
        while (window.width / bin + 3) * (window.height / bin + 3) > Double(maximumCells) { bin *= 2 }
        let columns = Int(window.width / bin) + 3
        let rows = Int(window.height / bin) + 3
        var votes = [UInt32](repeating: 0, count: columns * rows)
        var lastVoter = [Int32](repeating: -1, count: columns * rows)
        var touched: [Int] = []
        func cell(_ dx: Double, _ dy: Double) -> Int {
            (Int((dx - window.minX) / bin) + 1) * rows + Int((dy - window.minY) / bin) + 1
        }
        for (index, point) in points.enumerated() where point.grid < grids.count {
            let targets = window.offsetBy(dx: point.x, dy: point.y)
            grids[point.grid].forEach(in: targets) { target in
                let slot = cell(target.x - point.x, target.y - point.y)
                guard lastVoter[slot] != Int32(index) else { return }
                lastVoter[slot] = Int32(index)
                if votes[slot] == 0 { touched.append(slot) }
                votes[slot] += 1
            }
        }
        guard !touched.isEmpty else { return nil }
        // The peak: the touched cell with the most votes in its 3 × 3 neighbourhood.
        var peak = (slot: touched[0], votes: UInt32(0))
        for slot in touched {
            let (column, row) = (slot / rows, slot % rows)
            var sum: UInt32 = 0
            for c in max(column - 1, 0)...min(column + 1, columns - 1) {
                for r in max(row - 1, 0)...min(row + 1, rows - 1) { sum += votes[c * rows + r] }
            }
            if sum > peak.votes { peak = (slot, sum) }
        }
        // Refined to the mean of the offsets near the peak, twice (the second time around the first mean): a part's
        // pads lie around its centre, so their offsets fall on either side of the true shift and balance there;
        // the few stray offsets of outliers that fall this near barely move it.
        var shift = (
            dx: window.minX + (Double(peak.slot / rows) - 0.5) * bin,
            dy: window.minY + (Double(peak.slot % rows) - 0.5) * bin
        )
        for _ in 0..<2 {
            var (sumX, sumY, count) = (0.0, 0.0, 0.0)
            for point in points where point.grid < grids.count {
                let near = Extent(x: point.x + shift.dx, y: point.y + shift.dy, margin: 1.5 * bin)
                grids[point.grid].forEach(in: near) { target in
                    sumX += target.x - point.x
                    sumY += target.y - point.y
                    count += 1
                }
            }
            guard count > 0 else { break }
            shift = (sumX / count, sumY / count)
        }
        let supported = points.count { point in
            point.grid < grids.count
                && grids[point.grid].contains(nearX: point.x + shift.dx, y: point.y + shift.dy, within: 1.5 * bin)
        }
        return Result(dx: shift.dx, dy: shift.dy, votes: supported)
    }
}
