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
    }

    /// Why a file was given its role.
    public struct Evidence: Sendable, Codable {
        public var kind: Identification.EvidenceKind
        public var detail: String
    }

    /// Findings by severity, and the number of files.
    public struct Counts: Sendable, Codable {
        public var errors: Int
        public var warnings: Int
        public var infos: Int
        public var files: Int
    }

    /// Wall-clock time of each stage, in milliseconds.
    public struct Timings: Sendable, Codable {
        public var readMilliseconds: Double
        public var analyzeMilliseconds: Double
        public var rulesMilliseconds: Double
        public var totalMilliseconds: Double
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

    init(pack: AnalyzedPack, profile: Profile, findings: [Finding], timings: Timings) {
        inputs = pack.inputs
        self.profile = profile
        files = pack.entries.map { entry in
            let id = entry.identification
            return File(
                path: entry.path, container: entry.container, nested: entry.isNested, modified: entry.modified,
                size: entry.size, role: id.role, format: id.format, side: id.side, copperLayer: id.copperLayer,
                plated: id.plated, evidence: Evidence(kind: id.evidence, detail: id.evidenceDetail),
                conflicts: id.conflicts, details: FileDetails(entry.content))
        }
        revisions = RevisionSignal.gather(pack)
        xyConventions = pack.xyConventions
        self.findings = findings
        let errors = findings.count { $0.severity == .error }
        counts = Counts(
            errors: errors, warnings: findings.count { $0.severity == .warning },
            infos: findings.count { $0.severity == .info }, files: files.count)
        verdict = errors == 0 ? .pass : .fail
        self.timings = timings
    }
}
