import FullKitCore

/// What the reader found in a file, summarised for the report (each field present only where it applies).
public struct FileDetails: Sendable, Codable, Hashable {
    public var unit: LengthUnit?
    /// The image extent (Gerber) or hole-centre extent (drill), in millimetres.
    public var extentMillimeters: Extent?
    public var flashes: Int?
    public var draws: Int?
    public var arcs: Int?
    public var regions: Int?
    public var tools: Int?
    public var holes: Int?
    public var slots: Int?
    public var bomLines: Int?
    public var designators: Int?
    public var placements: Int?
    public var sides: [BoardSide]?
    public var encoding: TextEncoding?
    public var projectId: ProjectId?
    public var generationSoftware: String?
    public var creationDate: String?
    /// Every X2 file attribute, by name.
    public var attributes: [String: [String]]?
    /// Component designators named by `%TO.C` object attributes, sorted.
    public var componentDesignators: [String]?

    /// Details with no field set.
    public init() {}
}
