import FullKitArchive
import FullKitCore
import FullKitFormats

/// A file of the pack with what its reader made of it.
public struct ParsedFile<Content: Sendable>: Sendable {
    /// The file.
    public var entry: PackEntry
    /// What its reader produced.
    public var content: Content
}
