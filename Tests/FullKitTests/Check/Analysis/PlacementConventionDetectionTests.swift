import FullKit
import Testing

@testable import FullKitCheck

/// The XY convention (unit, signs, origin) registered on synthetic boards: pads from a generator, placements written
/// under a known convention, with outliers.
@Suite("Registration: XY convention on synthetic boards")
struct PlacementConventionDetectionTests {
    private let board = Extent(minX: 0, minY: 0, maxX: 120, maxY: 90)

    /// 300 two-pad parts, a third of them on the bottom: the pads, and each part's side and centre on the board.
    private func parts() -> (pads: PadIndex, parts: [(side: BoardSide, x: Double, y: Double)]) {
        var random = SeededSequence(state: 11)
        var top = PointGrid(cellSize: PadIndex.cellSize)
        var bottom = PointGrid(cellSize: PadIndex.cellSize)
        var parts: [(side: BoardSide, x: Double, y: Double)] = []
        for index in 0..<300 {
            let (x, y) = (random.next(3...117), random.next(3...87))
            let side: BoardSide = index % 3 == 0 ? .bottom : .top
            for dx in [-0.8, 0.8] {
                if side == .bottom { bottom.insert((x + dx, y)) } else { top.insert((x + dx, y)) }
            }
            parts.append((side, x, y))
        }
        return (PadIndex(top: top, bottom: bottom), parts)
    }

    private func placement(_ index: Int, _ x: Double, _ y: Double, _ side: BoardSide) -> PlacementList.Placement {
        PlacementList.Placement(
            designator: "R\(index)", x: x, y: y, rotation: 0, side: side, value: "", footprint: "",
            location: SourceLocation(line: index + 2, column: 1))
    }

    @Test("an XY file relative to another origin, bottom X negated, in mil, 10 % of its rows far off: all recovered")
    func knownTransform() throws {
        let (pads, parts) = parts()
        let origin = (x: 37.3, y: -21.9)
        var random = SeededSequence(state: 5)
        let placements = parts.enumerated().map { index, part in
            if index % 10 == 7 {
                return placement(index, random.next(10_000...20_000), random.next(-9000...9000), part.side)
            }
            let x = (part.x - origin.x) * (part.side == .bottom ? -1 : 1) / 0.0254
            return placement(index, x, (part.y - origin.y) / 0.0254, part.side)
        }
        let detected = PlacementConvention.detect(
            placements, statedUnit: nil, board: board, tolerance: 1, pads: pads)
        #expect(detected.convention.unit == .mil)
        #expect(detected.convention.bottomXNegated)
        #expect(!detected.convention.yNegated)
        #expect(detected.convention.originByPads)
        #expect(abs(detected.convention.originX - origin.x) < 0.3 && abs(detected.convention.originY - origin.y) < 0.3)
        #expect(detected.inside == 270)
        #expect(detected.convention.summary.contains("found by registering the placements onto the copper pads"))
    }

    @Test("parts with no pad at their centre (two rows of pads) are centred on their named pads' centre")
    func partsCentredOnNamedPads() throws {
        var random = SeededSequence(state: 21)
        var top = PointGrid(cellSize: PadIndex.cellSize)
        var boxes: [String: Extent] = [:]
        var placements: [PlacementList.Placement] = []
        let origin = (x: 23.7, y: 31.1)
        for index in 0..<200 {
            let (x, y) = (random.next(5...115), random.next(5...85))
            for row in [-2.2, 2.2] {
                for column in 0..<4 { top.insert((x + (Double(column) - 1.5) * 0.65, y + row)) }
            }
            boxes["U\(index)"] = Extent(minX: x - 0.975, minY: y - 2.2, maxX: x + 0.975, maxY: y + 2.2)
            placements.append(placement(index, x - origin.x, y - origin.y, .top))
        }
        let pads = PadIndex(top: top, bottom: PointGrid(cellSize: PadIndex.cellSize), partBoxes: [boxes, [:]])
        let detected = PlacementConvention.detect(
            placements, statedUnit: .millimeter, board: board, tolerance: 1, pads: pads)
        #expect(detected.convention.originByPads)
        #expect(
            abs(detected.convention.originX - origin.x) < 0.05 && abs(detected.convention.originY - origin.y) < 0.05,
            "\(detected.convention.originX), \(detected.convention.originY)")
    }

    @Test("an XY file at a board corner keeps the corner (the pads' vote lands on it), not a nearby shift")
    func cornerOrigin() {
        let (pads, parts) = parts()
        let placements = parts.enumerated().map { index, part in
            placement(index, part.x - board.maxX, part.y - board.minY, part.side)
        }
        let detected = PlacementConvention.detect(
            placements, statedUnit: .millimeter, board: board, tolerance: 1, pads: pads)
        #expect(detected.convention.originX == board.maxX && detected.convention.originY == board.minY)
        #expect(!detected.convention.originByPads)
        #expect(detected.nearFlashes == 300 && detected.registered == 300)
    }

    @Test("no copper pads to register against: the outline decides, and the result says so (no flash counts)")
    func noPads() {
        let (_, parts) = parts()
        let placements = parts.enumerated().map { index, part in placement(index, part.x, part.y, part.side) }
        let empty = PadIndex(top: PointGrid(cellSize: 2.5), bottom: PointGrid(cellSize: 2.5))
        let detected = PlacementConvention.detect(placements, statedUnit: nil, board: board, tolerance: 1, pads: empty)
        #expect(detected.convention.unit == .millimeter)
        #expect(detected.convention.originX == 0 && detected.convention.originY == 0)
        #expect(detected.nearFlashes == nil && detected.registered == nil)
        #expect(detected.inside == 300)
    }
}
