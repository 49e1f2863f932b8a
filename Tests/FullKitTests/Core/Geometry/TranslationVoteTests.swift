import FullKit
import Testing

/// The shift that registers points onto targets, found by voting (`TranslationVote`) over a `PointGrid`.
@Suite("Registration: translation vote")
struct TranslationVoteTests {
    /// `parts` two-pad parts (pads ±0.8 mm about the centre, horizontal or vertical) on a 100 × 80 mm board, and
    /// their centres.
    private func board(parts: Int, seed: UInt64) -> (pads: PointGrid, centres: [(x: Double, y: Double)]) {
        var random = SeededSequence(state: seed)
        var pads = PointGrid(cellSize: 2.5)
        var centres: [(x: Double, y: Double)] = []
        for index in 0..<parts {
            let (x, y) = (random.next(2...98), random.next(2...78))
            let (dx, dy) = index % 2 == 0 ? (0.8, 0.0) : (0.0, 0.8)
            pads.insert((x - dx, y - dy))
            pads.insert((x + dx, y + dy))
            centres.append((x, y))
        }
        return (pads, centres)
    }

    @Test("a known shift is recovered to within a quarter millimetre with 10 % of the points moved far off")
    func knownShiftWithOutliers() throws {
        let (pads, centres) = board(parts: 400, seed: 7)
        var random = SeededSequence(state: 99)
        // The XY file's origin lies at (-31.7, 12.4) in board coordinates: its numbers are board minus that.
        let points = centres.enumerated().map { index, centre -> TranslationVote.Source in
            if index % 10 == 3 { return (x: random.next(-200...200), y: random.next(-200...200), grid: 0) }
            return (x: centre.x + 31.7, y: centre.y - 12.4, grid: 0)
        }
        let window = Extent(minX: -60, minY: -20, maxX: 0, maxY: 40)
        let shift = try #require(TranslationVote.best(points, onto: [pads], window: window, bin: 1.0))
        #expect(abs(shift.dx - -31.7) < 0.25 && abs(shift.dy - 12.4) < 0.25, "\(shift)")
        #expect(shift.votes >= 360)
    }

    @Test("points vote only onto their own side's targets")
    func sides() throws {
        let (top, centres) = board(parts: 200, seed: 3)
        let (bottom, bottomCentres) = board(parts: 200, seed: 4)
        let points =
            centres.map { (x: $0.x - 5, y: $0.y - 5, grid: 0) }
            + bottomCentres.map { (x: $0.x - 5, y: $0.y - 5, grid: 1) }
        let shift = try #require(
            TranslationVote.best(points, onto: [top, bottom], window: Extent(x: 0, y: 0, margin: 20), bin: 1.0))
        #expect(abs(shift.dx - 5) < 0.25 && abs(shift.dy - 5) < 0.25)
        #expect(shift.votes == 400)
    }

    @Test("no target in the window: no shift")
    func nothingToRegister() {
        let (pads, _) = board(parts: 50, seed: 1)
        #expect(
            TranslationVote.best(
                [(x: 1000, y: 1000, grid: 0)], onto: [pads], window: Extent(x: 0, y: 0, margin: 5), bin: 1) == nil)
        #expect(
            TranslationVote.best(
                [(x: 1, y: 1, grid: 0)], onto: [PointGrid(cellSize: 2.5)], window: Extent(x: 0, y: 0, margin: 5), bin: 1
            ) == nil)
    }

    @Test("the grid finds the nearest point and every point in a box, whatever the box's size")
    func grid() throws {
        let points: [PointGrid.Point] = [(0, 0), (3, 4), (100, 100), (.nan, 1)]
        let grid = PointGrid(cellSize: 2.5, points: points)
        #expect(grid.count == 3)
        let nearest = try #require(grid.nearest(toX: 2.9, y: 3.9, within: 1))
        #expect(nearest.point == (3, 4))
        #expect(!grid.contains(nearX: 50, y: 50, within: 10))
        var inBox: [Double] = []
        grid.forEach(in: Extent(minX: -1, minY: -1, maxX: 1e7, maxY: 5)) { inBox.append($0.x) }
        #expect(inBox.sorted() == [0, 3])
    }
}
