/// What FullKit decided a file is, and why.
public struct Identification: Sendable, Hashable, Codable {
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

        public static func < (lhs: EvidenceKind, rhs: EvidenceKind) -> Bool { lhs.rank < rhs.rank }
    }

    public var role: FileRole
    public var side: BoardSide?
    /// The copper layer number (1 = top), when known.
    public var copperLayer: Int?
    /// For drill files: plated, non-plated, or nil when mixed or unknown.
    public var plated: Bool?
    public var format: FileFormat
    /// The kind of evidence that decided the role.
    public var evidence: EvidenceKind
    /// The evidence in words, e.g. `%TF.FileFunction,Copper,L1,Top`.
    public var evidenceDetail: String
    /// Weaker evidence that points elsewhere (e.g. the file name says bottom, the X2 header top).
    public var conflicts: [String] = []

    public init(
        role: FileRole, side: BoardSide? = nil, copperLayer: Int? = nil, plated: Bool? = nil,
        format: FileFormat, evidence: EvidenceKind, evidenceDetail: String
    ) {
        self.role = role
        self.side = side
        self.copperLayer = copperLayer
        self.plated = plated
        self.format = format
        self.evidence = evidence
        self.evidenceDetail = evidenceDetail
    }
}

/// A role with its side and layer, as one piece of evidence states it.
struct LayerClaim: Sendable, Hashable {
    var role: FileRole
    var side: BoardSide?
    var copperLayer: Int?
    var plated: Bool?
}
