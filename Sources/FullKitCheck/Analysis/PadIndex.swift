import FullKitCore

/// The flash centres of the outer copper layers, per side, in a grid for nearness queries: the board's own evidence
/// of where parts sit. A placement near a pad of its side is where a part can be; a convention (unit, signs, origin)
/// under which placements land on pads is the file's, whatever else fits the outline.
struct PadIndex: Sendable {
    /// The side of a cell: a query looks at the 3 × 3 cells around a point.
    static let cellSize = 2.5

    private struct Cell: Hashable {
        var side: BoardSide
        var x: Int
        var y: Int
    }

    private var cells: [Cell: [(x: Double, y: Double)]] = [:]

    /// The flashes of the top and bottom copper layers among `entries`.
    init(_ entries: [PackEntry]) {
        for (side, _, pads) in entries.outerCopperPads() {
            for pad in pads where pad.x.isFinite && pad.y.isFinite {
                cells[Self.cell(side, pad.x, pad.y), default: []].append((pad.x, pad.y))
            }
        }
    }

    /// Whether the index holds any flash.
    var isEmpty: Bool { cells.isEmpty }

    /// Whether a flash of `side` lies within `radius` mm (at most `cellSize`) of (`x`, `y`).
    func hasPad(nearX x: Double, y: Double, side: BoardSide, within radius: Double) -> Bool {
        guard x.isFinite, y.isFinite, abs(x) < 1e9, abs(y) < 1e9 else { return false }
        let centre = Self.cell(side, x, y)
        for dx in -1...1 {
            for dy in -1...1 {
                let cell = Cell(side: side, x: centre.x + dx, y: centre.y + dy)
                if cells[cell]?.contains(where: { ($0.x - x) * ($0.x - x) + ($0.y - y) * ($0.y - y) <= radius * radius }
                )
                    == true
                {
                    return true
                }
            }
        }
        return false
    }

    private static func cell(_ side: BoardSide, _ x: Double, _ y: Double) -> Cell {
        Cell(side: side, x: Int((x / cellSize).rounded(.down)), y: Int((y / cellSize).rounded(.down)))
    }
}
