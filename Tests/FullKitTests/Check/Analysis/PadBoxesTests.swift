import FullKit
import Testing

@testable import FullKitCheck

/// PadBoxes: pads as copper boxes, for the distance to the nearest pad's copper and the group a pad belongs to.
@Suite("PadBoxes")
struct PadBoxesTests {
    private static func pad(_ x: Double, _ y: Double, _ width: Double, _ height: Double) -> Pad {
        Pad(x: x, y: y, designator: nil, function: nil, width: width, height: height)
    }

    @Test("the nearest pad is the nearest copper, not the nearest centre")
    func nearestByCopper() throws {
        // A 10 mm pad centred 8 mm away (copper 3 mm away) and a 1 mm pad centred 4 mm away (copper 3.5 mm away).
        let boxes = PadBoxes([Self.pad(8, 0, 10, 10), Self.pad(0, 4, 1, 1)], limits: ReadLimits())
        var budget = 1000
        let nearest = try #require(boxes.nearest(toX: 0, y: 0, within: 5, budget: &budget))
        #expect(nearest.centre == (8, 0) && abs(nearest.distance - 3) < 1e-9)
        #expect(boxes.nearest(toX: 0, y: 0, within: 2.9, budget: &budget) == nil)
        // On a pad's copper the distance is 0.
        #expect(boxes.nearest(toX: 9, y: 1, within: 1, budget: &budget)?.distance == 0)
    }

    @Test("a group gathers pads whose copper lies within 1 mm of each other, step by step, and no farther")
    func group() {
        // A row of five 0.5 mm pads 1.27 mm apart (0.77 mm gaps), and a pad 2 mm past its end.
        var pads = (0..<5).map { Self.pad(Double($0) * 1.27, 0, 0.5, 0.5) }
        pads.append(Self.pad(4 * 1.27 + 2.5, 0, 0.5, 0.5))
        let boxes = PadBoxes(pads, limits: ReadLimits())
        var budget = 1000
        let group = boxes.group(around: (0, 0), budget: &budget)
        #expect(group.pads == 5)
        #expect(group.extent == Extent(minX: 0, minY: 0, maxX: 4 * 1.27, maxY: 0))
    }

    @Test("a spent budget stops the search: a hostile layer cannot make one query look at every pad")
    func budget() {
        let pads = (0..<1000).map { Self.pad(Double($0 % 40) * 0.2, Double($0 / 40) * 0.2, 0.1, 0.1) }
        let boxes = PadBoxes(pads, limits: ReadLimits())
        var budget = 10
        _ = boxes.nearest(toX: 50, y: 50, within: 100, budget: &budget)
        #expect(budget <= 0)
        var groupBudget = 50
        #expect(boxes.group(around: (0, 0), budget: &groupBudget).pads < 50)
    }

    @Test("a flash larger than 25 mm is no pad (a pour or a drawing) and is left out")
    func largestPad() {
        let boxes = PadBoxes([Self.pad(0, 0, 30, 30)], limits: ReadLimits())
        #expect(boxes.isEmpty)
    }
}
