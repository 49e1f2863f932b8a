import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// What a file was parsed into.
public enum ParsedContent: Sendable {
    case gerber(GerberDocument)
    case excellon(ExcellonDocument)
    case bom(BillOfMaterials)
    case placement(PlacementList)
    case jobFile(GerberJobFile)
    /// A job file whose JSON could not be read.
    case invalidJobFile(GerberJobFileError)
    /// Not parsed: documentation, side files, unknown formats.
    case none
}
