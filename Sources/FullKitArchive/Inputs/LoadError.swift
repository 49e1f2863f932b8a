import FullKitCore

/// Why a file of the pack, or a member of an archive in it, could not be loaded (or was loaded with a reservation).
/// Shaped as swift-nio shapes its errors: a struct with a kind, so that kinds can be added without breaking callers.
public struct LoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong; each kind is reported under its own rule.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        private let name: String

        private init(_ name: String) {
            self.name = name
        }

        /// The kind in words.
        public var description: String { name }

        /// Not an archive FullKit can open, its directory is corrupt, or a file cannot be opened.
        public static let unreadable = Kind("unreadable")
        /// The archive ends before data it points to.
        public static let truncated = Kind("truncated")
        /// A member's data fails its CRC-32 or its declared size.
        public static let corrupt = Kind("corrupt")
        /// A member is encrypted.
        public static let encrypted = Kind("encrypted")
        /// A member uses a compression method nobody here can decode.
        public static let unsupportedMethod = Kind("unsupported method")
        /// A file, a member or the pack exceeds a configured limit (size, ratio, count, nesting).
        public static let limitExceeded = Kind("limit exceeded")
        /// A member's name is absolute, climbs out with `..`, or is otherwise unsafe.
        public static let unsafeName = Kind("unsafe name")
        /// A member or a folder entry is a symbolic link or another entry that is not a regular file.
        public static let notARegularFile = Kind("not a regular file")
        /// Two members have the same name: which one is meant is ambiguous.
        public static let duplicateName = Kind("duplicate name")
        /// A member's name is not UTF-8 (read as CP437, or repaired): worth a look, not fatal.
        public static let nameEncoding = Kind("name encoding")
    }

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
