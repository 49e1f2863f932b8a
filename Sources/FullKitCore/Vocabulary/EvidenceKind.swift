/// Which kind of evidence decided the role, strongest first.
public enum EvidenceKind: String, Sendable, Hashable, Codable, Comparable {
    case fileFunction = "x2-file-function"
    case jobFile = "job-file"
    case headerFingerprint = "header-fingerprint"
    case fileName = "file-name"
    case contentSniff = "content-sniff"

    private var rank: Int {
        switch self {
        case .fileFunction: 0
        case .jobFile: 1
        case .headerFingerprint: 2
        case .fileName: 3
        case .contentSniff: 4
        }
    }

    /// Whether `lhs` is stronger evidence than `rhs`.
    public static func < (lhs: EvidenceKind, rhs: EvidenceKind) -> Bool { lhs.rank < rhs.rank }
}
