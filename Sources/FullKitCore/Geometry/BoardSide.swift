/// A side of the board.
public enum BoardSide: String, Sendable, Hashable, Codable, CaseIterable {
    case top
    case bottom
    /// Inner layers (copper only).
    case inner
}
