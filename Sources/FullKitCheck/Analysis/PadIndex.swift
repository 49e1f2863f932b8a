import FullKitCore

/// The flash centres of the outer copper layers, per side, in grids for nearness queries: the board's own evidence
/// of where parts sit. A placement near a pad of its side is where a part can be; a convention (unit, signs, origin)
/// under which placements land on pads is the file's, whatever else fits the outline.
package struct PadIndex: Sendable {
    /// The side of a grid cell, in mm.
    package static let cellSize = 2.5

    /// The top copper's flashes.
    let top: PointGrid
    /// The bottom copper's flashes.
    let bottom: PointGrid

    /// The flashes of the top and bottom copper layers among `entries`.
    init(_ entries: [PackEntry]) {
        var top = PointGrid(cellSize: Self.cellSize)
        var bottom = PointGrid(cellSize: Self.cellSize)
        for (side, _, pads) in entries.outerCopperPads() {
            for pad in pads {
                if side == .bottom { bottom.insert((pad.x, pad.y)) } else { top.insert((pad.x, pad.y)) }
            }
        }
        self.top = top
        self.bottom = bottom
    }

    /// An index of the given grids (tests, benchmarks).
    package init(top: PointGrid, bottom: PointGrid) {
        self.top = top
        self.bottom = bottom
    }

    /// Whether the index holds any flash.
    var isEmpty: Bool { top.isEmpty && bottom.isEmpty }

    /// The flashes of `side` (the top's for any side but the bottom).
    func pads(_ side: BoardSide) -> PointGrid { side == .bottom ? bottom : top }

    /// Whether a flash of `side` lies within `radius` mm of (`x`, `y`).
    func hasPad(nearX x: Double, y: Double, side: BoardSide, within radius: Double) -> Bool {
        pads(side).contains(nearX: x, y: y, within: radius)
    }
}
