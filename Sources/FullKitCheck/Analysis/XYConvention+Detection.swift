import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

extension XYConvention {
    /// The convention of every XY file among `entries` that has placements, on the board of extent `board` (mm),
    /// with `tolerance` mm of slack around it.
    static func detect(in entries: [PackEntry], board: Extent, tolerance: Double) -> [XYConvention] {
        let pads = PadIndex(entries)
        return entries.compactMap { entry in
            guard entry.identification.role == .placement, let list = entry.placementList, !list.placements.isEmpty
            else {
                return nil
            }
            let detected = PlacementConvention.detect(
                list.placements, statedUnit: list.unit, board: board, tolerance: tolerance, pads: pads)
            var convention = XYConvention(
                file: entry.path, convention: detected.convention,
                placements: list.placements.count { $0.x != nil && $0.y != nil }, inside: detected.inside)
            (convention.nearFlashes, convention.registered) = (detected.nearFlashes, detected.registered)
            return convention
        }
    }
}
