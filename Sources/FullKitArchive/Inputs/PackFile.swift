import FullKitCore

/// One file of a data pack, in memory.
public struct PackFile: Sendable {
    /// The path shown to people: relative to the folder given, or `archive.zip/member` for archive members.
    public let path: String
    /// The archive the file came out of (its display path), or nil for a loose file.
    public let container: String?
    /// Whether the file came from an archive inside an archive of the pack.
    public let isNested: Bool
    /// The modification time recorded for the file (ISO 8601), when known.
    public let modified: String?
    /// The file's bytes.
    public let bytes: [UInt8]

    /// A file shown as `path`, from `container` (nested or not), last modified at `modified`, holding `bytes`.
    public init(path: String, container: String? = nil, isNested: Bool = false, modified: String? = nil, bytes: [UInt8])
    {
        self.path = path
        self.container = container
        self.isNested = isNested
        self.modified = modified
        self.bytes = bytes
    }

    /// The last component of `path`.
    public var name: String {
        guard let slash = path.lastIndex(where: { $0 == "/" || $0 == "\\" }) else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// The file name's extension after the last dot, lower-cased; empty when there is none.
    public var lowercasedExtension: String {
        let name = self.name
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
