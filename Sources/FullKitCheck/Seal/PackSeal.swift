import FullKitCore
import FullKitReport

/// The seal of an accepted pack (`fullkit seal`, schema `fullkit.seal/1`): the verdict and what judged it, and the
/// SHA-256 of every input file and of every file of the pack as read (archive members, nested ones included). Kept
/// with the job, it lets the project manager prove later that what is built is what was accepted (`fullkit verify`).
public struct PackSeal: Sendable, Codable, Equatable {
    /// The schema identifier of the JSON form.
    public static let schemaIdentifier = "fullkit.seal/1"

    /// One file and its digest.
    public struct Digest: Sendable, Codable, Hashable {
        /// The path: an input's name (its last component), or a file's display path in the pack.
        public var path: String
        /// Its size in bytes.
        public var size: Int
        /// Its SHA-256, 64 lower-case hexadecimal digits.
        public var sha256: String

        /// `path`, `size` bytes, with digest `sha256`.
        public init(path: String, size: Int, sha256: String) {
            self.path = path
            self.size = size
            self.sha256 = sha256
        }

        /// The digest of `bytes`, named `path`.
        public init(path: String, bytes: [UInt8]) {
            self.init(path: path, size: bytes.count, sha256: SHA256.hex(bytes))
        }
    }

    /// What the seal fingerprints: the input files (archives and loose files given on the command line; a folder is
    /// fingerprinted through its files) and every file of the pack as read.
    public struct Contents: Sendable, Codable, Equatable {
        /// Each input file, by name, sorted.
        public var inputs: [Digest]
        /// Each file of the pack as read (display paths, archive members as `archive.zip/member`), sorted.
        public var files: [Digest]

        /// The inputs' and the pack files' digests.
        public init(inputs: [Digest], files: [Digest]) {
            self.inputs = inputs.sorted { $0.path < $1.path }
            self.files = files.sorted { $0.path < $1.path }
        }
    }

    /// `fullkit.seal/1`.
    public var schema = PackSeal.schemaIdentifier
    /// The FullKit version that sealed the pack.
    public var fullkitVersion = FullKitVersion.current
    /// When it was sealed (ISO 8601, UTC).
    public var sealedAt: String
    /// Always PASS: a failing pack is not sealed.
    public var verdict: Verdict
    /// The profile it was judged for.
    public var profile: Profile
    /// The operator's policy file that judged it, if any.
    public var policyFile: String?
    /// That policy file's SHA-256.
    public var policySHA256: String?
    /// The counts of the check that accepted it.
    public var errors: Int
    /// Warnings accepted with it.
    public var warnings: Int
    /// The fingerprints.
    public var contents: Contents

    /// The seal of a pack judged by `report`, fingerprinted as `contents`, at `sealedAt`.
    public init(report: CheckReport, contents: Contents, sealedAt: String) {
        self.sealedAt = sealedAt
        verdict = report.verdict
        profile = report.profile
        policyFile = report.policyFile
        policySHA256 = report.policySHA256
        errors = report.counts.errors
        warnings = report.counts.warnings
        self.contents = contents
    }
}
