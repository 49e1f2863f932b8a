import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

extension XYConvention {
    /// A stated unit is checked, not overridden: when the placements do not register under it (fewer than nine in
    /// ten on the board, or fewer than one in four near a copper flash of their side) and under another unit nine in
    /// ten fit and three in four land near a flash, that unit and its counts; nil otherwise, or when the copper has
    /// no flashes to decide by.
    private static func contradiction(
        of list: PlacementList,
        detected: (convention: PlacementConvention, inside: Int, nearFlashes: Int?, registered: Int?),
        board: Extent, corners: Extent, tolerance: Double, pads: PadIndex
    ) -> UnitContradiction? {
        let located = list.placements.count { $0.x != nil && $0.y != nil }
        guard let stated = list.unit, !pads.isEmpty, located >= 3, let near = detected.nearFlashes,
            let registered = detected.registered,
            detected.inside * 10 < located * 9 || near * 4 < registered
        else { return nil }
        let other = PlacementConvention.detect(
            list.placements, statedUnit: nil, board: board, corners: corners, tolerance: tolerance, pads: pads)
        guard other.convention.unit != stated, other.inside * 10 >= located * 9, let otherNear = other.nearFlashes,
            let otherRegistered = other.registered, otherNear * 4 >= otherRegistered * 3
        else { return nil }
        return UnitContradiction(
            unit: other.convention.unit, inside: other.inside, nearFlashes: otherNear, registered: otherRegistered)
    }

    /// The convention of every XY file among `entries` that has placements, on the board of extent `board` (mm),
    /// with `tolerance` mm of slack around it, a corner origin taken at a corner of `corners` (the outline's centre
    /// line; `board` when nil), registered onto `pads` (the outer copper's flashes).
    static func detect(
        in entries: [PackEntry], board: Extent, corners: Extent? = nil, tolerance: Double, pads: PadIndex
    ) -> [XYConvention] {
        let corners = corners ?? board
        return entries.compactMap { entry in
            guard entry.identification.role == .placement, let list = entry.placementList, !list.placements.isEmpty
            else {
                return nil
            }
            let detected = PlacementConvention.detect(
                list.placements, statedUnit: list.unit, board: board, corners: corners, tolerance: tolerance,
                pads: pads)
            var convention = XYConvention(
                file: entry.path, convention: detected.convention,
                placements: list.placements.count { $0.x != nil && $0.y != nil }, inside: detected.inside)
            (convention.nearFlashes, convention.registered) = (detected.nearFlashes, detected.registered)
            convention.unitContradiction = contradiction(
                of: list, detected: detected, board: board, corners: corners, tolerance: tolerance, pads: pads)
            return convention
        }
    }
}
