import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// What FullKit decided a file is, and why.
public struct Identification: Sendable, Hashable, Codable {
    /// What the file is for.
    public var role: FileRole
    /// The side of the board, for layers that have one.
    public var side: BoardSide?
    /// The copper layer number (1 = top), when known.
    public var copperLayer: Int?
    /// For drill files: plated, non-plated, or nil when mixed or unknown.
    public var plated: Bool?
    /// How its content is encoded.
    public var format: FileFormat
    /// The kind of evidence that decided the role.
    public var evidence: EvidenceKind
    /// The evidence in words, e.g. `%TF.FileFunction,Copper,L1,Top`.
    public var evidenceDetail: String
    /// Weaker evidence that points elsewhere (e.g. the file name says bottom, the X2 header top).
    public var conflicts: [String] = []

    /// An identification as `role` (on `side`, at copper layer `copperLayer`, `plated` or not), in `format`, decided by `evidence` described as `evidenceDetail`.
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
