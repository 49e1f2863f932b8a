/// Where an XY file puts a through-hole part, against the pads the copper names for it: libraries put a through-hole
/// footprint's origin on a pad (pin 1, as KiCad's headers and connectors) or at the body's centre (the box of its
/// pads), and a pack's tool writes one habit for most of its parts.
public enum ThroughHoleOrigin: String, Sendable, Hashable, Codable, CaseIterable {
    /// On one of its pads (within `ThroughHoleOrigin.padReach`).
    case onPad = "on-pad"
    /// At the centre of the box around its pads (within `ThroughHoleOrigin.centreReach`).
    case padsCentre = "pads-centre"
    /// Neither.
    case elsewhere

    /// How near a pad's centre a placement on that pad lies, in mm.
    public static let padReach = 0.25
    /// How near the centre of its pads' box a placement at the body's centre lies, in mm.
    public static let centreReach = 0.5

    /// The words for it in a report, of placements ("3 on one of their pads").
    public var words: String {
        switch self {
        case .onPad: "on one of their pads"
        case .padsCentre: "at their pads' centre"
        case .elsewhere: "elsewhere"
        }
    }
}
