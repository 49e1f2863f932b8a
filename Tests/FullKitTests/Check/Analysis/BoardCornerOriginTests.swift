import FullKit
import Testing

@testable import FullKitCheck

/// An XY file written relative to a board corner: the corner is where the outline's centre line turns, not the edge
/// of its stroke (a 0.1 mm line reaches 0.05 mm past the board).
@Suite("Registration: a corner origin at the outline's centre line")
struct BoardCornerOriginTests {
    @Test("relative to the top-left corner: the origin found is (0, 20) mm exactly, not the stroke's (-0.05, 20.05)")
    func topLeftCorner() throws {
        var pack = FixturePack()
        pack["mini-positions.csv"] = """
            Designator,Val,Package,Mid X(mm),Mid Y(mm),Rotation,Layer
            R1,10k,R_0603_1608Metric,10,-10,0,top
            C1,100n,C_0603_1608Metric,20,-10,0,top

            """
        let analyzed = pack.analyzed()
        #expect(analyzed.board?.centreLine == Extent(minX: 0, minY: 0, maxX: 30, maxY: 20))
        #expect(analyzed.board?.extent == Extent(minX: -0.05, minY: -0.05, maxX: 30.05, maxY: 20.05))
        let convention = try #require(analyzed.xyConventions.first?.convention)
        #expect(convention.originX == 0 && convention.originY == 20)
        #expect(analyzed.xyConventions.first?.matches?.allSatisfy { $0.distance == 0 } == true)
    }
}
