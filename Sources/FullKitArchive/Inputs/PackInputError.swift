import FullKitCore

/// An input path that cannot be used at all: FullKit stops with exit code 2 rather than judge the pack.
public struct PackInputError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public typealias Kind = ErrorKind<PackInputError>

    /// What went wrong.
    public let kind: Kind
    /// The path as given.
    public let path: String
    /// Why it cannot be used.
    public let reason: String

    /// An error of `kind` about `path`, saying why it cannot be used.
    public init(_ kind: Kind, path: String, reason: String) {
        self.kind = kind
        self.path = path
        self.reason = reason
    }

    /// The path and why it cannot be used.
    public var description: String { "\(path): \(reason)" }
}

/// The kinds of PackInputError.
extension ErrorKind where Domain == PackInputError {
    /// Nothing exists at the path.
    public static let notFound = Self("not found")
    /// The path exists but cannot be opened or listed.
    public static let unreadable = Self("unreadable")
    /// A folder was needed and the path is not one.
    public static let notAFolder = Self("not a folder")
}
