import FullKitCore

extension Identification {
    /// Whether a picture of the board shows this Gerber layer: the outer copper, mask, paste and silkscreen of either
    /// side, and the outline (inner layers cannot be seen; drawings and documentation are not the board). Only these
    /// keep what they draw when a pack is read for a picture.
    public var isDrawnOnTheBoard: Bool {
        switch role {
        case .outline: true
        case .copper, .soldermask, .paste, .silkscreen: side == .top || side == .bottom
        default: false
        }
    }
}
