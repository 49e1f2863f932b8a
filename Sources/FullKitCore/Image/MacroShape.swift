/// One primitive of an evaluated aperture macro, in millimetres about the flash point: a circle, or a polygon (every
/// other primitive, arcs of thermals as chords), dark or clear.
public enum MacroShape: Sendable, Equatable {
    /// A circle of `diameter` centred at `centre`.
    case circle(centre: BoardPoint, diameter: Double, dark: Bool)
    /// A closed polygon through `points`.
    case polygon(points: [BoardPoint], dark: Bool)

    /// Whether it adds to the aperture (false: it erases what the macro's earlier primitives drew).
    public var isDark: Bool {
        switch self {
        case .circle(_, _, let dark), .polygon(_, let dark): dark
        }
    }
}
