import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

extension XYConvention {
    /// Slack around the outline, in millimetres: outlines are drawn with a line width, pads reach the edge.
    static func tolerance(_ board: Extent) -> Double { max(1.0, 0.02 * max(board.width, board.height)) }

    /// The convention of every XY file of `pack`, when the board outline is known.
    static func detect(in pack: AnalyzedPack) -> [XYConvention] {
        guard let board = pack.boardExtent else { return [] }
        return pack.entries(.placement).compactMap { entry in
            guard case .placement(let list) = entry.content, !list.placements.isEmpty else { return nil }
            let (convention, inside) = PlacementConvention.detect(
                list.placements, statedUnit: list.unit, board: board, tolerance: tolerance(board))
            return XYConvention(
                file: entry.path, convention: convention,
                placements: list.placements.count { $0.x != nil && $0.y != nil }, inside: inside)
        }
    }
}
