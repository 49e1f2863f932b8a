import FullKit
import Testing

/// The spatial index of pad and hole centres (`PointGrid`): nearness queries look only at the cells they overlap,
/// and a cell holds at most its capacity.
@Suite("Registration: point grid")
struct PointGridTests {
    @Test("nearest and contains find a point within the radius, across cell borders, and none beyond it")
    func nearness() throws {
        let grid = PointGrid(cellSize: 2.5, points: [(x: 2.4, y: 0.1), (x: 7, y: 7), (x: -1, y: -1)])
        let nearest = try #require(grid.nearest(toX: 2.6, y: 0.1, within: 0.5))
        #expect(nearest.point == (x: 2.4, y: 0.1))
        #expect(abs(nearest.distance - 0.2) < 1e-9)
        #expect(grid.contains(nearX: 2.6, y: 0.1, within: 0.25))
        #expect(!grid.contains(nearX: 2.6, y: 0.1, within: 0.15))
        #expect(grid.nearest(toX: 4.5, y: 4.5, within: 2) == nil)
        #expect(grid.count == 3)
    }

    @Test("a full cell turns points away and counts them, with the first; other cells still take theirs")
    func capacity() throws {
        var grid = PointGrid(cellSize: 2.5, capacity: 3)
        for index in 0..<10 { grid.insert((x: 1 + Double(index) * 0.01, y: 1)) }
        grid.insert((x: 6, y: 6))
        #expect(grid.count == 4)
        #expect(grid.turnedAway == 7)
        let first = try #require(grid.firstTurnedAway)
        #expect(abs(first.x - 1.03) < 1e-9 && first.y == 1)
        // The points held are the first three: a query finds one of them, not a turned-away one.
        #expect(grid.contains(nearX: 1.02, y: 1, within: 0.001))
        #expect(!grid.contains(nearX: 1.05, y: 1, within: 0.001))
        #expect(grid.contains(nearX: 6, y: 6, within: 0.001))
    }

    @Test("points that are not finite or lie past ±10⁹ mm are left out, not counted as turned away")
    func outOfRange() {
        var grid = PointGrid(cellSize: 1, capacity: 1)
        grid.insert((x: .nan, y: 0))
        grid.insert((x: 2e9, y: 0))
        grid.insert((x: 0, y: .infinity))
        #expect(grid.isEmpty)
        #expect(grid.turnedAway == 0)
        #expect(grid.extent == nil)
    }
}
