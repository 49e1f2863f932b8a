import FullKitCore

/// The result of checking one pack: the verdict, every file as identified, every finding, counts and timings.
///
/// Its `Codable` form is FullKit's JSON schema (`schema` = `fullkit.check/1`): fields are only ever added.
public struct CheckReport: Sendable, Codable {
    /// The schema identifier of the JSON form.
    public static let schemaIdentifier = "fullkit.check/1"

    /// One file of the pack as identified.
    public struct File: Sendable, Codable {
        /// The display path: relative to the folder given, or `archive.zip/member`.
        public var path: String
        /// The archive it came from, if any.
        public var container: String?
        /// Whether it came from an archive inside an archive of the pack.
        public var nested: Bool
        /// Its recorded modification time (ISO 8601), when known.
        public var modified: String?
        /// Its size in bytes.
        public var size: Int
        /// What it is for.
        public var role: FileRole
        /// How its content is encoded.
        public var format: FileFormat
        /// The side of the board, for layers that have one.
        public var side: BoardSide?
        /// The copper layer number (1 = top), for copper layers whose number is known.
        public var copperLayer: Int?
        /// For drill files: plated, non-plated, or nil when mixed or unknown.
        public var plated: Bool?
        /// The evidence that decided its role.
        public var evidence: Evidence
        /// Weaker evidence that disagrees with the deciding one.
        public var conflicts: [String]
        /// What the reader found, for parsed files.
        public var details: FileDetails?
        /// For an identical copy of another file of the pack (line endings aside), that file's path: judged once.
        public var copyOf: String?

        /// A file of the pack: where it came from, what it was identified as and why, and what was read in it.
        public init(
            path: String, container: String?, nested: Bool, modified: String?, size: Int, role: FileRole,
            format: FileFormat, side: BoardSide?, copperLayer: Int?, plated: Bool?, evidence: Evidence,
            conflicts: [String], details: FileDetails?, copyOf: String? = nil
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
            self.copyOf = copyOf
        }
    }

    /// Why a file was given its role.
    public struct Evidence: Sendable, Codable {
        /// The kind of evidence.
        public var kind: EvidenceKind
        /// The evidence in words.
        public var detail: String

        /// Evidence of `kind`, in words.
        public init(kind: EvidenceKind, detail: String) {
            self.kind = kind
            self.detail = detail
        }
    }

    /// Findings by severity, and the number of files.
    public struct Counts: Sendable, Codable {
        /// Findings of severity error.
        public var errors: Int
        /// Findings of severity warning.
        public var warnings: Int
        /// Findings of severity info.
        public var infos: Int
        /// Files of the pack.
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
        /// Reading the inputs and opening archives.
        public var readMilliseconds: Double
        /// Identifying, parsing and analysing the files.
        public var analyzeMilliseconds: Double
        /// Judging the pack by every rule.
        public var rulesMilliseconds: Double
        /// All of it.
        public var totalMilliseconds: Double

        /// The time each stage took, in milliseconds.
        public init(
            readMilliseconds: Double, analyzeMilliseconds: Double, rulesMilliseconds: Double, totalMilliseconds: Double
        ) {
            self.readMilliseconds = readMilliseconds
            self.analyzeMilliseconds = analyzeMilliseconds
            self.rulesMilliseconds = rulesMilliseconds
            self.totalMilliseconds = totalMilliseconds
        }
    }

    /// The schema identifier, `fullkit.check/1`.
    public var schema = CheckReport.schemaIdentifier
    /// The FullKit version that wrote the report.
    public var fullkitVersion = FullKitVersion.current
    /// The paths the pack was read from, as given.
    public var inputs: [String]
    /// The profile the pack was judged for.
    public var profile: Profile
    /// The policy file applied, if any.
    public var policyFile: String?
    /// The SHA-256 of the policy file applied (64 hexadecimal digits), if any.
    public var policySHA256: String?
    /// PASS or FAIL: FAIL exactly when a finding is an error.
    public var verdict: Verdict
    /// Findings by severity, and the number of files.
    public var counts: Counts
    /// Every file of the pack as identified, sorted by path.
    public var files: [File]
    /// The version signals of the pack and the files that carry each (the revision table).
    public var revisions: [RevisionSignal]
    /// The unit and sign convention detected for each XY file.
    public var xyConventions: [XYConvention]
    /// How each plated drill file's holes sit on the copper's flashes (empty when the copper has no flashes).
    public var drillRegistrations: [DrillRegistration]
    /// Every finding, rule by rule in RULES.md order.
    public var findings: [Finding]
    /// How long each stage took.
    public var timings: Timings

    /// A report of the pack read from `inputs`, judged for `profile` with `verdict` (decided by the checker).
    public init(
        inputs: [String], profile: Profile, policyFile: String? = nil, verdict: Verdict, files: [File],
        revisions: [RevisionSignal], xyConventions: [XYConvention], drillRegistrations: [DrillRegistration] = [],
        findings: [Finding], timings: Timings
    ) {
        self.drillRegistrations = drillRegistrations
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
