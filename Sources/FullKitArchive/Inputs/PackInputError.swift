import FullKitCore

/// An input path that cannot be used at all: FullKit stops with exit code 2 rather than judge the pack.
public struct PackInputError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        private let name: String

        private init(_ name: String) {
            self.name = name
        }

        /// The kind in words.
        public var description: String { name }

        /// Nothing exists at the path.
        public static let notFound = Kind("not found")
        /// The path exists but cannot be opened or listed.
        public static let unreadable = Kind("unreadable")
        /// A folder was needed and the path is not one.
        public static let notAFolder = Kind("not a folder")
    }

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
