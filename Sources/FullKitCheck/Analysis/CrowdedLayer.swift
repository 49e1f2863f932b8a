import FullKitCore

/// A layer with more pad or hole centres in one square of the registration grid than the `maximumPadsPerCell` limit
/// lets it look at: the registration of placements and holes used only the first of them there. No real board comes
/// near the limit (the corpus has at most 23 in a 2.5 mm square); a layer that does is not judged in full.
public struct CrowdedLayer: Sendable, Equatable {
    /// The copper, mask or paste layer, or the drill file.
    public var file: String
    /// How many centres were past the limit.
    public var turnedAway: Int
    /// Where the first centre past the limit lies, in mm.
    public var position: BoardPoint
    /// The limit that turned them away.
    public var limit: Int

    /// The side of the registration grid's squares, in mm.
    public static let cellSize = 2.5

    /// An empty grid of registration squares for the centres of `layers` layers, holding at most
    /// `limits.maximumPadsPerCell` points of each in a square.
    static func grid(_ limits: ReadLimits, layers: Int = 1) -> PointGrid {
        PointGrid(
            cellSize: cellSize, capacity: limits.maximumPadsPerCell.multipliedReportingOverflow(by: layers).partialValue
        )
    }

    /// The outer copper, mask and paste layers and the drill files of `entries` that have more pad or hole centres
    /// in one square than `limits` lets the registration look at.
    static func find(in entries: [PackEntry], limits: ReadLimits) -> [CrowdedLayer] {
        entries.compactMap { entry -> CrowdedLayer? in
            var grid = grid(limits)
            if let holes = entry.excellon.map({ $0.holes + $0.slots }) {
                for hole in holes { grid.insert((hole.x, hole.y)) }
            } else if let pads = entry.gerber?.pads,
                [.copper, .soldermask, .paste].contains(entry.identification.role)
            {
                for pad in pads { grid.insert((pad.x, pad.y)) }
            }
            guard let first = grid.firstTurnedAway else { return nil }
            return CrowdedLayer(
                file: entry.path, turnedAway: grid.turnedAway, position: BoardPoint(x: first.x, y: first.y),
                limit: limits.maximumPadsPerCell)
        }
    }
}
