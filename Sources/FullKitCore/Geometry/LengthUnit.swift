/// A unit of length used by a file.
public enum LengthUnit: String, Sendable, Codable, Hashable, CaseIterable {
    case millimeter = "mm"
    case inch = "in"
    case mil = "mil"

    /// Millimetres in one of this unit.
    public var millimeters: Double {
        switch self {
        case .millimeter: 1
        case .inch: 25.4
        case .mil: 0.0254
        }
    }
}
