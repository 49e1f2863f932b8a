/// What a file of the pack is for.
public enum FileRole: String, Sendable, Hashable, Codable, CaseIterable {
    case copper
    case soldermask
    case silkscreen
    case paste
    case outline
    case drill
    case drillMap = "drill-map"
    case bom
    case placement
    case jobFile = "job-file"
    /// A Gerber layer that is neither fabrication data nor its drawing: glue, V-score, component (X3), other.
    case otherLayer = "other-layer"
    /// Fabrication or assembly drawings.
    case drawing
    case netlist
    case documentation
    /// A side file a CAD tool writes beside the data (reports, aperture libraries, info files).
    case ignored
    /// A file FullKit could not identify.
    case unknown

    /// Whether the file carries data a fab or assembler uses (as opposed to drawings, docs and side files).
    public var isManufacturingData: Bool {
        switch self {
        case .copper, .soldermask, .silkscreen, .paste, .outline, .drill, .bom, .placement: true
        default: false
        }
    }
}
