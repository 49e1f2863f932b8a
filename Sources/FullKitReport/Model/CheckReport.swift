import FullKitCore

/// The result of checking one pack: the verdict, every file as identified, every finding, counts and timings.
///
/// Its `Codable` form is FullKit's JSON schema (`schema` = `fullkit.check/1`): fields are only ever added.
public struct CheckReport: Sendable, Codable {
    /// The schema identifier of the JSON form.
    public static let schemaIdentifier = "fullkit.check/1"

    /// One file of the pack as identified.
    public struct File: Sendable, Codable {
        public var path: String
        public var container: String?
        public var nested: Bool
        public var modified: String?
        public var size: Int
        public var role: FileRole
        public var format: FileFormat
        public var side: BoardSide?
        public var copperLayer: Int?
        public var plated: Bool?
        public var evidence: Evidence
        public var conflicts: [String]
        /// What the reader found, for parsed files.
        public var details: FileDetails?

        /// A file of the pack: where it came from, what it was identified as and why, and what was read in it.
        public init(
            path: String, container: String?, nested: Bool, modified: String?, size: Int, role: FileRole,
            format: FileFormat, side: BoardSide?, copperLayer: Int?, plated: Bool?, evidence: Evidence,
            conflicts: [String], details: FileDetails?
        ) {
            self.path = path
            self.container = container
            self.nested = nested
            self.modified = modified
            self.size = size
            self.role = role
            self.format = format
            self.side = side
            self.copperLayer = copperLayer
            self.plated = plated
            self.evidence = evidence
            self.conflicts = conflicts
            self.details = details
        }
    }

    /// Why a file was given its role.
    public struct Evidence: Sendable, Codable {
        public var kind: EvidenceKind
        public var detail: String

        /// Evidence of `kind`, in words.
        public init(kind: EvidenceKind, detail: String) {
            self.kind = kind
            self.detail = detail
        }
    }

    /// Findings by severity, and the number of files.
    public struct Counts: Sendable, Codable {
        public var errors: Int
        public var warnings: Int
        public var infos: Int
        public var files: Int

        /// The counts of `findings` by severity, and the number of files.
        public init(findings: [Finding], files: Int) {
            errors = findings.count { $0.severity == .error }
            warnings = findings.count { $0.severity == .warning }
            infos = findings.count { $0.severity == .info }
            self.files = files
        }
    }

    /// Wall-clock time of each stage, in milliseconds.
    public struct Timings: Sendable, Codable {
        public var readMilliseconds: Double
        public var analyzeMilliseconds: Double
        public var rulesMilliseconds: Double
        public var totalMilliseconds: Double

        /// The time each stage took, in milliseconds.
        public init(readMilliseconds: Double, analyzeMilliseconds: Double, rulesMilliseconds: Double, totalMilliseconds: Double) {
            self.readMilliseconds = readMilliseconds
            self.analyzeMilliseconds = analyzeMilliseconds
            self.rulesMilliseconds = rulesMilliseconds
            self.totalMilliseconds = totalMilliseconds
        }
    }

    public var schema = CheckReport.schemaIdentifier
    public var fullkitVersion = FullKitVersion.current
    /// The paths the pack was read from, as given.
    public var inputs: [String]
    /// The profile the pack was judged for.
    public var profile: Profile
    /// The policy file applied, if any.
    public var policyFile: String?
    public var verdict: Verdict
    public var counts: Counts
    public var files: [File]
    /// The version signals of the pack and the files that carry each (the revision table).
    public var revisions: [RevisionSignal]
    /// The unit and sign convention detected for each XY file.
    public var xyConventions: [XYConvention]
    public var findings: [Finding]
    public var timings: Timings

    /// A report of the pack read from `inputs`, judged for `profile` with `verdict` (decided by the checker).
    public init(
        inputs: [String], profile: Profile, policyFile: String? = nil, verdict: Verdict, files: [File],
        revisions: [RevisionSignal], xyConventions: [XYConvention], findings: [Finding], timings: Timings
    ) {
        self.inputs = inputs
        self.profile = profile
        self.policyFile = policyFile
        self.verdict = verdict
        counts = Counts(findings: findings, files: files.count)
        self.files = files
        self.revisions = revisions
        self.xyConventions = xyConventions
        self.findings = findings
        self.timings = timings
    }
}
