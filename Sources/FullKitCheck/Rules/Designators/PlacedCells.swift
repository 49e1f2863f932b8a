import FullKitCore
import FullKitFormats

/// Each placed designator's first non-empty cell of one kind (value, footprint) across the pack's XY files, with the
/// file and row it comes from: what the BOM/XY agreement rules hold a BOM line against.
struct PlacedCells {
    /// One placement's cell and where it is written.
    struct Cell {
        /// The cell's text.
        let text: String
        /// The XY file.
        let file: String
        /// The placement's row.
        let location: SourceLocation
    }

    private var cells: [String: Cell] = [:]

    /// The cells `cell` reads from each placement of `pack`, the first non-empty one per designator.
    init(_ pack: AnalyzedPack, _ cell: (PlacementList.Placement) -> String) {
        for list in pack.placementLists {
            for placement in list.content.placements where cells[placement.designator] == nil {
                let text = cell(placement)
                guard !text.isEmpty else { continue }
                cells[placement.designator] = Cell(text: text, file: list.entry.path, location: placement.location)
            }
        }
    }

    /// The cell placed under `designator`, if any.
    subscript(designator: String) -> Cell? { cells[designator] }
}
