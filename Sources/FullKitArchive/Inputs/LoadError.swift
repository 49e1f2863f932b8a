import FullKitCore

/// Why a file of the pack, or a member of an archive in it, could not be loaded (or was loaded with a reservation).
/// Shaped as swift-nio shapes its errors: a struct with a kind, so that kinds can be added without breaking callers.
public struct LoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong; each kind is reported under its own rule.
    public typealias Kind = ErrorKind<LoadError>

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

/// The kinds of LoadError.
extension ErrorKind where Domain == LoadError {
    /// Not an archive FullKit can open, its directory is corrupt, or a file cannot be opened.
    public static let unreadable = Self("unreadable")
    /// The archive ends before data it points to.
    public static let truncated = Self("truncated")
    /// A member's data fails its CRC-32 or its declared size.
    public static let corrupt = Self("corrupt")
    /// A member is encrypted.
    public static let encrypted = Self("encrypted")
    /// A member uses a compression method nobody here can decode.
    public static let unsupportedMethod = Self("unsupported method")
    /// A file, a member or the pack exceeds a configured limit (size, ratio, count, nesting).
    public static let limitExceeded = Self("limit exceeded")
    /// A member's name is absolute, climbs out with `..`, or is otherwise unsafe.
    public static let unsafeName = Self("unsafe name")
    /// A member or a folder entry is a symbolic link or another entry that is not a regular file.
    public static let notARegularFile = Self("not a regular file")
    /// Two members have the same name: which one is meant is ambiguous.
    public static let duplicateName = Self("duplicate name")
    /// A member's name is not UTF-8 (read as CP437, or repaired): worth a look, not fatal.
    public static let nameEncoding = Self("name encoding")
}
