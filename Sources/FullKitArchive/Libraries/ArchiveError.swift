import FullKitCore

/// Why an archive, or one member of it, could not be read.
public struct ArchiveError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of archive failure; each maps to its own rule ID in the report.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Not an archive FullKit can open, or its directory is corrupt.
        case unreadable
        /// The archive ends before data it points to.
        case truncated
        /// A member's data fails its CRC-32 or its declared size.
        case corrupt
        /// A member is encrypted.
        case encrypted
        /// A member uses a compression method nobody here can decode.
        case unsupportedMethod
        /// A member or the archive exceeds a configured limit (size, ratio, count, nesting).
        case limitExceeded
        /// A member's name is absolute, climbs out with `..`, or is otherwise unsafe.
        case unsafeName
        /// A member is a symbolic link or other non-regular entry.
        case notARegularFile
        /// Two members have the same name: which one is meant is ambiguous.
        case duplicateName
        /// A member's name is not UTF-8 (read as CP437, or repaired): worth a look, not fatal.
        case nameEncoding
    }

    /// What went wrong.
    public let kind: Kind
    /// A sentence that says what went wrong, for people.
    public let detail: String

    public init(_ kind: Kind, _ detail: String) {
        self.kind = kind
        self.detail = detail
    }

    public var description: String { detail }
}
