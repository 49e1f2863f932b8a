import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// One file of the pack with what FullKit made of it. The bytes are gone: rules work on the parsed content.
public struct PackEntry: Sendable {
    /// The display path.
    public var path: String
    /// The archive it came from, if any.
    public var container: String?
    /// Whether it came from an archive nested inside the pack.
    public var isNested: Bool
    /// The recorded modification time, if any.
    public var modified: String?
    /// The size in bytes.
    public var size: Int
    /// Role, side, layer, format and evidence.
    public var identification: Identification
    /// The parsed content.
    public var content: ParsedContent

    /// The parse issues of the content, whatever its kind.
    public var issues: [ParseIssue] {
        switch content {
        case .gerber(let document): document.issues
        case .excellon(let document): document.issues
        case .bom(let bom): bom.issues
        case .placement(let list): list.issues
        case .jobFile, .invalidJobFile, .none: []
        }
    }
}
