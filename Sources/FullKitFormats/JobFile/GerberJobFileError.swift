import FullKitCore

/// Why a job file could not be read.
public struct GerberJobFileError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public typealias Kind = ErrorKind<GerberJobFileError>

    /// What went wrong.
    public let kind: Kind
    /// A sentence that says what went wrong, for people.
    public let detail: String

    /// An error of `kind`, explained by `detail`.
    public init(_ kind: Kind, _ detail: String) {
        self.kind = kind
        self.detail = detail
    }

    /// The sentence that says what went wrong.
    public var description: String { detail }
}

/// The kinds of GerberJobFileError.
extension ErrorKind where Domain == GerberJobFileError {
    /// The file is not JSON of the job-file shape.
    public static let invalidJSON = Self("invalid JSON")
}
