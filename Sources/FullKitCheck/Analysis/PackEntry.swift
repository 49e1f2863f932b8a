import FullKitArchive
import FullKitCore
import FullKitFormats

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

    /// A file at `path` (from `container`, nested or not), identified as `identification`, read into `content`.
    public init(
        path: String, container: String?, isNested: Bool, modified: String?, size: Int,
        identification: Identification, content: ParsedContent
    ) {
        self.path = path
        self.container = container
        self.isNested = isNested
        self.modified = modified
        self.size = size
        self.identification = identification
        self.content = content
    }

    /// The Gerber document, for a Gerber file.
    public var gerber: GerberDocument? {
        if case .gerber(let document) = content { return document }
        return nil
    }

    /// The drill document, for an Excellon file.
    public var excellon: ExcellonDocument? {
        if case .excellon(let document) = content { return document }
        return nil
    }

    /// The BOM, for a BOM that was read.
    public var bom: BillOfMaterials? {
        if case .bom(let bom) = content { return bom }
        return nil
    }

    /// The placements, for an XY file that was read.
    public var placementList: PlacementList? {
        if case .placement(let list) = content { return list }
        return nil
    }

    /// The job file, for a job file that was read.
    public var jobFile: GerberJobFile? {
        if case .jobFile(let job) = content { return job }
        return nil
    }

    /// The image (Gerber) or hole (drill) extent in millimetres, when the file has one.
    public var extent: Extent? { gerber?.extent ?? excellon?.extent }

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
