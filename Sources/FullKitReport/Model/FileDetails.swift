import FullKitCore

/// What the reader found in a file, summarised for the report (each field present only where it applies).
public struct FileDetails: Sendable, Codable, Hashable {
    /// The unit the file states (Gerber `%MO`, drill `METRIC`/`INCH`, an XY unit).
    public var unit: LengthUnit?
    /// The image extent (Gerber) or hole-centre extent (drill), in millimetres.
    public var extentMillimeters: Extent?
    /// Gerber: flashes (D03).
    public var flashes: Int?
    /// Gerber: linear draws.
    public var draws: Int?
    /// Gerber: arcs.
    public var arcs: Int?
    /// Gerber: regions (G36/G37).
    public var regions: Int?
    /// Drill: tools defined.
    public var tools: Int?
    /// Drill: holes drilled.
    public var holes: Int?
    /// Drill: slots cut.
    public var slots: Int?
    /// BOM: lines read.
    public var bomLines: Int?
    /// BOM: designators listed.
    public var designators: Int?
    /// XY: placements read.
    public var placements: Int?
    /// XY: the sides parts are placed on.
    public var sides: [BoardSide]?
    /// BOM and XY: the text encoding detected.
    public var encoding: TextEncoding?
    /// X2 `.ProjectId` (or the job file's).
    public var projectId: ProjectId?
    /// X2 `.GenerationSoftware` (or the job file's).
    public var generationSoftware: String?
    /// X2 `.CreationDate` (or the job file's), as written.
    public var creationDate: String?
    /// Every X2 file attribute, by name.
    public var attributes: [String: [String]]?
    /// Component designators named by `%TO.C` object attributes, sorted.
    public var componentDesignators: [String]?

    /// Details with no field set.
    public init() {}
}
