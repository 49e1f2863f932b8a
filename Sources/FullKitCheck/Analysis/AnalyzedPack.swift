import FullKitArchive
import FullKitCore
import FullKitFormats

/// A data pack read, identified and parsed, with every fact derived from it: the model every rule and the report
/// read. Each fact is decided once, by `PackAnalyzer`; nothing downstream reads bytes again.
public struct AnalyzedPack: Sendable {
    /// The paths the pack came from.
    public var inputs: [String]
    /// Every readable file, identified and parsed, sorted by path; identical copies of another file are in `copies`.
    public var entries: [PackEntry]
    /// The files that repeat another file of the pack byte for byte (line endings aside): listed, judged once.
    public var copies: [IdenticalCopy]
    /// Files or members that could not be read.
    public var problems: [LoadProblem]
    /// The board as its one outline layer draws it; nil when there is no outline, more than one, or it draws nothing.
    public var board: BoardOutline?
    /// The drill files whose omitted zeros (not stated by the file) the board's outline settled.
    public var drillZeroDecisions: [DrillZeroDecision] = []
    /// For each XY file, the unit and sign convention under which its placements fit the board.
    public var xyConventions: [XYConvention]
    /// Every version signal and the files that carry it (the revision table).
    public var revisions: [RevisionSignal]
    /// The creation date of every file that states one (X2 `.CreationDate`, the job file's header).
    public var creationDates: [CreationDate]
    /// Every designator in only one of the BOM and the XY files, with what explains it.
    public var designatorDifferences: [DesignatorDifference]
    /// The designators whose pads the copper names (X2 `%TO.C`), when both outer copper layers name them and are
    /// complete; nil otherwise (then the copper cannot say which parts it has).
    public var padDesignators: Set<String>?
    /// What in the copper must be drilled and plated (vias, through-hole pads), and the evidence; nil when the
    /// copper shows none.
    public var platedFeatures: PlatedFeatures?
    /// The parts known to be through-hole (by copper pads, mount type or footprint name), with the evidence.
    public var throughHoleParts: [String: String] = [:]
    /// Each part's pads as the copper names them (`%TO.C`), per side.
    public var padClusters = PadClusters()
    /// How each XY file's placements sit on their named pads.
    public var padRegistrations: [PadRegistration] = []
    /// How far placements may lie from where the board says their parts are (the policy's, or the defaults).
    public var placementTolerances = PlacementTolerances()
    /// Where the XY files put through-hole parts against their named pads, over the pack.
    public var throughHoleHabit = ThroughHoleHabit()
    /// How each plated drill file's holes sit on the copper's flashes (none when the copper has no flashes).
    public var drillRegistrations: [DrillRegistration] = []
    /// Where the copper names no parts: each XY file's placements judged by the pads' symmetry alone.
    public var padCentrings: [PadCentring] = []
    /// The layers with more pad or hole centres in one square than the registration looked at.
    public var crowdedLayers: [CrowdedLayer] = []
    /// How designators that are not placed parts are recognised (with the policy's extra prefixes).
    public var classifier: DifferenceClassifier

    /// The entries with `role` (and `side`, when given).
    public func entries(_ role: FileRole, side: BoardSide? = nil) -> [PackEntry] {
        entries.filter { $0.identification.role == role && (side == nil || $0.identification.side == side) }
    }

    /// The designators a BOM marks do-not-place (by a DNP column, quantity 0, a DNP value or phrase).
    public var doNotPlaceDesignators: Set<String> {
        Set(boms.flatMap { bom in bom.content.lines.filter { $0.doNotPlace != nil }.flatMap { Array($0.designators) } })
    }

    /// The BOM files that were read, with their contents.
    public var boms: [ParsedFile<BillOfMaterials>] {
        entries(.bom).compactMap { entry in entry.bom.map { ParsedFile(entry: entry, content: $0) } }
    }

    /// The XY files that were read, with their placements.
    public var placementLists: [ParsedFile<PlacementList>] {
        entries(.placement).compactMap { entry in entry.placementList.map { ParsedFile(entry: entry, content: $0) } }
    }

    /// The drill files that were read, with their holes.
    public var drills: [ParsedFile<ExcellonDocument>] {
        entries(.drill).compactMap { entry in entry.excellon.map { ParsedFile(entry: entry, content: $0) } }
    }

    /// Whether any file is a Gerber: the revision rules judge only packs with Gerbers.
    public var hasGerbers: Bool { entries.contains { $0.identification.format == .gerber } }

    /// The first job file identified (read or not).
    public var jobFileEntry: PackEntry? { entries(.jobFile).first }
}
