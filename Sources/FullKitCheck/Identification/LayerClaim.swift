import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// A role with its side and layer, as one piece of evidence states it.
struct LayerClaim: Sendable, Hashable {
    var role: FileRole
    var side: BoardSide?
    var copperLayer: Int?
    var plated: Bool?
}
