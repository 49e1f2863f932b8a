import FullKitCore

/// The flash centres of the outer copper layers, per side, in grids for nearness queries: the board's own evidence
/// of where parts sit. A placement near a pad of its side is where a part can be; a convention (unit, signs, origin)
/// under which placements land on pads is the file's, whatever else fits the outline.
package struct PadIndex: Sendable {
    /// The side of a grid cell, in mm.
    package static let cellSize = CrowdedLayer.cellSize

    /// The top copper's flashes.
    let top: PointGrid
    /// The bottom copper's flashes.
    let bottom: PointGrid
    /// The centres of the boxes around each part's pads (`%TO.C`), top and bottom: where an SMD footprint's origin
    /// lies, so that a shift voted onto them centres parts whose centre holds no pad. Empty when the copper names no
    /// parts.
    let partCentres: [PointGrid]

    /// The flashes of the top and bottom copper layers among `entries` (at most `limits.maximumPadsPerCell` in a
    /// square of the grid), and the centres of their named parts' pads.
    package init(_ entries: [PackEntry], limits: ReadLimits) {
        var top = CrowdedLayer.grid(limits)
        var bottom = CrowdedLayer.grid(limits)
        var boxes: [[String: Extent]] = [[:], [:]]
        for (side, _, pads) in entries.outerCopperPads() {
            let index = side == .bottom ? 1 : 0
            for pad in pads {
                if side == .bottom { bottom.insert((pad.x, pad.y)) } else { top.insert((pad.x, pad.y)) }
                if let designator = pad.designator, pad.x.isFinite, pad.y.isFinite {
                    let point = Extent(x: pad.x, y: pad.y)
                    boxes[index][designator] = boxes[index][designator].map { $0.union(point) } ?? point
                }
            }
        }
        self.init(top: top, bottom: bottom, partBoxes: boxes)
    }

    /// An index of the given grids and, per side (top, bottom), the boxes around each part's pads (tests,
    /// benchmarks).
    package init(top: PointGrid, bottom: PointGrid, partBoxes: [[String: Extent]] = []) {
        self.top = top
        self.bottom = bottom
        partCentres =
            partBoxes.contains { !$0.isEmpty }
            ? partBoxes.map { boxes in
                PointGrid(
                    cellSize: Self.cellSize,
                    points: boxes.values.map { (x: ($0.minX + $0.maxX) / 2, y: ($0.minY + $0.maxY) / 2) })
            } : []
    }

    /// Whether the index holds any flash.
    package var isEmpty: Bool { top.isEmpty && bottom.isEmpty }

    /// The flashes of `side` (the top's for any side but the bottom).
    package func pads(_ side: BoardSide) -> PointGrid { side == .bottom ? bottom : top }

    /// Whether a flash of `side` lies within `radius` mm of (`x`, `y`).
    func hasPad(nearX x: Double, y: Double, side: BoardSide, within radius: Double) -> Bool {
        pads(side).contains(nearX: x, y: y, within: radius)
    }
}
