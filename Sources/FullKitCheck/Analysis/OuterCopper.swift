import FullKitCore
import FullKitFormats

extension Sequence<PackEntry> {
    /// The outer copper layers (top and bottom) with their side and the flashes the reader kept: what the pad
    /// facts (`PadIndex`, `PadClusters`, `PlatedFeatures`) are built from.
    func outerCopperPads() -> [(side: BoardSide, entry: PackEntry, pads: [Pad])] {
        compactMap { entry in
            guard entry.identification.role == .copper, let side = entry.identification.side,
                side == .top || side == .bottom, let pads = entry.gerber?.pads
            else { return nil }
            return (side, entry, pads)
        }
    }
}
