/// How much a finding weighs in the verdict: any error fails the pack.
public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    case error
    case warning
    case info

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    /// Whether `lhs` weighs more than `rhs` (error before warning before info).
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
