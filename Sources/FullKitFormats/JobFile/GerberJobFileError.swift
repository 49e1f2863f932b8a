import FullKitCore

/// Why a job file could not be read.
public struct GerberJobFileError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public typealias Kind = ErrorKind<GerberJobFileError>

    /// What went wrong.
    public let kind: Kind
    /// A sentence that says what went wrong, for people.
    public let detail: String
    /// Where in the file, for a syntax error.
    public let location: SourceLocation?

    /// An error of `kind`, explained by `detail`, at `location` when one place is at fault.
    public init(_ kind: Kind, _ detail: String, at location: SourceLocation? = nil) {
        self.kind = kind
        self.detail = detail
        self.location = location
    }

    /// The sentence that says what went wrong.
    public var description: String { detail }
}

/// The kinds of GerberJobFileError.
extension ErrorKind where Domain == GerberJobFileError {
    /// The file is not JSON.
    public static let invalidJSON = Self("invalid JSON")
    /// The file is JSON, but not of the job-file shape.
    public static let invalidShape = Self("invalid shape")
}
