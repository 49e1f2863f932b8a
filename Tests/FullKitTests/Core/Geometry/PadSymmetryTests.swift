import FullKit
import Testing

/// Whether a point is the centre of a group of pads, by their symmetry alone.
@Suite("Pad symmetry")
struct PadSymmetryTests {
    private func grid(_ points: [(Double, Double)]) -> PointGrid {
        PointGrid(cellSize: 2.5, points: points.map { (x: $0.0, y: $0.1) })
    }

    @Test("two pads mirrored through the point; a pad at the point")
    func mirroredAndCentrePad() {
        var budget = 1000
        let chip = grid([(9.2, 10), (10.8, 10)])
        #expect(PadSymmetry.isCentre(x: 10, y: 10, angles: [0], in: chip, budget: &budget))
        #expect(!PadSymmetry.isCentre(x: 11.5, y: 10.8, angles: [0], in: chip, budget: &budget))
        let qfn = grid([(20, 20), (18, 21.5), (22, 18.5)])
        #expect(PadSymmetry.isCentre(x: 20, y: 20, angles: [0], in: qfn, budget: &budget))
    }

    @Test("a SOT-23 (two pads on one side, one on the other): symmetric across the axis along its rotation only")
    func sot23() {
        var budget = 1000
        let upright = grid([(29.05, 31.1), (30.95, 31.1), (30, 28.9)])
        #expect(PadSymmetry.isCentre(x: 30, y: 30, angles: [0], in: upright, budget: &budget))
        #expect(!PadSymmetry.isCentre(x: 31.2, y: 30, angles: [0], in: upright, budget: &budget))
        let turned = grid([(31.1, 29.05), (31.1, 30.95), (28.9, 30)])
        #expect(PadSymmetry.isCentre(x: 30, y: 30, angles: [90], in: turned, budget: &budget))
        #expect(!PadSymmetry.isCentre(x: 30, y: 31.2, angles: [90], in: turned, budget: &budget))
    }

    @Test("a spent budget answers false: a hostile layer's crowd of pads is not searched without end")
    func budget() {
        var budget = 5
        let crowd = grid(Array(repeating: (10.0, 10.0), count: 100))
        #expect(!PadSymmetry.isCentre(x: 10, y: 10, angles: [0], in: crowd, budget: &budget))
        #expect(budget < 0)
    }

    @Test("no pad within reach: not a centre")
    func nothingNear() {
        var budget = 1000
        #expect(!PadSymmetry.isCentre(x: 0, y: 0, angles: [0], in: grid([(50, 50), (52, 50)]), budget: &budget))
    }
}
