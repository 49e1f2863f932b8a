/// Bounds on what reading a pack may cost. Defaults are far above any honest data pack and keep a hostile one
/// (a ZIP bomb, a million members, a runaway step-and-repeat) from exhausting time or memory. Each can be set in the
/// policy file (`"limits"`) or with `--limit NAME=VALUE`; reaching one gives a finding that names it.
public struct ReadLimits: Sendable, Hashable {
    /// The largest uncompressed size of one member, in bytes.
    public var maximumMemberSize: Int = 256 << 20
    /// The largest uncompressed size of all members together, nested archives included, in bytes.
    public var maximumTotalSize: Int = 256 << 20
    /// The most members one archive may list, and the pack's archives together (nested ones included).
    public var maximumMemberCount: Int = 5_000
    /// The largest ratio of uncompressed to compressed size, applied to members over `ratioCheckThreshold`.
    public var maximumCompressionRatio: Int = 200
    /// Members smaller than this (in bytes) are not held to `maximumCompressionRatio`.
    public var ratioCheckThreshold: Int = 4 << 20
    /// How deep archives inside archives are opened: 1 opens an archive inside the pack, not one inside that.
    public var maximumNestingDepth: Int = 1
    /// The longest line of a BOM or XY file, and the longest block of a Gerber or Excellon file, in bytes.
    public var maximumLineLength: Int = 16 << 20
    /// The most copies one Gerber step-and-repeat (`%SR`) may make (its X count times its Y count).
    public var maximumStepRepeatCopies: Int = 1_000_000
    /// How deep an aperture-macro expression may nest (parentheses and operators).
    public var maximumMacroDepth: Int = 64
    /// The most aperture-macro steps one Gerber file may evaluate, all its `%AD`s together (each evaluates every
    /// step of its macro).
    public var maximumMacroWork: Int = 2_000_000
    /// The most apertures one Gerber file may define.
    public var maximumApertures: Int = 100_000
    /// The most parts one BOM (its designators) or one XY file (its placements) may list: far above any real board
    /// or panel, and what keeps the cross-checks of a hostile pack within seconds.
    public var maximumParts: Int = 500_000
    /// The most pad or hole centres of one layer (copper, mask, paste or drill file) within one 2.5 mm square that
    /// the registration of placements and holes looks at: the densest real boards have tens; a hostile layer that
    /// stacks a hundred thousand flashes at one point would otherwise make every query near it scan them all.
    public var maximumPadsPerCell: Int = 256
    /// The most objects (flashes, draws, arcs, regions) the layers of one pack keep to be drawn (the HTML report,
    /// `fullkit render`), all the layers a picture shows together (each keeps at most 2 000 000): the largest corpus
    /// pack draws 241 000; a step-and-repeat of a million flashes in a few bytes, repeated over many layers, would
    /// otherwise hold them all (a million drawn objects cost about 250 MB on the way to the page). The check never
    /// draws.
    public var maximumDrawnObjects: Int = 1_000_000
    /// The most designators one BOM cell may list.
    public var maximumDesignatorsPerCell: Int = 100_000
    /// The most designators one range such as `R1-R100` may expand to.
    public var maximumRangeExpansion: Int = 10_000
    /// The most designators the ranges of one BOM may expand to, all together (designators written out are bounded
    /// by the file's size; ranges are not: a 1 MB file of `R1-R9999` cells would otherwise list a billion).
    public var maximumExpandedDesignators: Int = 1_000_000

    /// The default limits, far above any honest data pack.
    public init() {}

    /// One settable limit: its name in policies and on the command line, and the bounds a value must keep.
    public struct Setting: Sendable {
        /// The name in policies and on the command line (`--limit NAME=VALUE`).
        public let name: String
        /// The limit it sets.
        public let keyPath: WritableKeyPath<ReadLimits, Int> & Sendable
        /// The smallest value accepted.
        public let minimum: Int
        /// The largest value accepted (the macro depth is bounded by the stack a recursive reader may use).
        public let maximum: Int
        /// What it bounds, in a few words.
        public let summary: String
    }

    /// Every settable limit, in the order the documentation lists them.
    public static let settings: [Setting] = [
        Setting(
            name: "maximumMemberSize", keyPath: \.maximumMemberSize, minimum: 0, maximum: Int(Int32.max) * 4,
            summary: "largest uncompressed member, in bytes"),
        Setting(
            name: "maximumTotalSize", keyPath: \.maximumTotalSize, minimum: 0, maximum: Int(Int32.max) * 16,
            summary: "largest uncompressed pack, all members together, in bytes"),
        Setting(
            name: "maximumMemberCount", keyPath: \.maximumMemberCount, minimum: 0, maximum: 10_000_000,
            summary: "most members in the pack's archives together, nested ones included"),
        Setting(
            name: "maximumCompressionRatio", keyPath: \.maximumCompressionRatio, minimum: 1, maximum: 1_000_000,
            summary: "largest uncompressed-to-compressed ratio of a member"),
        Setting(
            name: "ratioCheckThreshold", keyPath: \.ratioCheckThreshold, minimum: 0, maximum: Int(Int32.max) * 16,
            summary: "members below this size, in bytes, are not held to the ratio"),
        Setting(
            name: "maximumNestingDepth", keyPath: \.maximumNestingDepth, minimum: 0, maximum: 8,
            summary: "how deep archives inside archives are opened"),
        Setting(
            name: "maximumLineLength", keyPath: \.maximumLineLength, minimum: 64, maximum: Int(Int32.max) * 16,
            summary: "longest BOM/XY line or Gerber/Excellon block, in bytes"),
        Setting(
            name: "maximumStepRepeatCopies", keyPath: \.maximumStepRepeatCopies, minimum: 1, maximum: Int(Int32.max),
            summary: "most copies of one Gerber step-and-repeat"),
        Setting(
            name: "maximumMacroDepth", keyPath: \.maximumMacroDepth, minimum: 4, maximum: 256,
            summary: "deepest aperture-macro expression nesting"),
        Setting(
            name: "maximumMacroWork", keyPath: \.maximumMacroWork, minimum: 1_000, maximum: Int(Int32.max),
            summary: "most aperture-macro steps one Gerber file evaluates"),
        Setting(
            name: "maximumApertures", keyPath: \.maximumApertures, minimum: 1, maximum: 10_000_000,
            summary: "most apertures one Gerber file defines"),
        Setting(
            name: "maximumParts", keyPath: \.maximumParts, minimum: 1, maximum: 100_000_000,
            summary: "most designators one BOM lists, or placements one XY file lists"),
        Setting(
            name: "maximumPadsPerCell", keyPath: \.maximumPadsPerCell, minimum: 1, maximum: 1_000_000,
            summary: "most pad or hole centres of one layer within a 2.5 mm square"),
        Setting(
            name: "maximumDrawnObjects", keyPath: \.maximumDrawnObjects, minimum: 1_000, maximum: 1_000_000_000,
            summary: "most objects all Gerber layers of a pack keep to be drawn (HTML report, render)"),
        Setting(
            name: "maximumDesignatorsPerCell", keyPath: \.maximumDesignatorsPerCell, minimum: 1, maximum: 100_000_000,
            summary: "most designators in one BOM cell"),
        Setting(
            name: "maximumRangeExpansion", keyPath: \.maximumRangeExpansion, minimum: 1, maximum: 10_000_000,
            summary: "most designators one range such as R1-R100 expands to"),
        Setting(
            name: "maximumExpandedDesignators", keyPath: \.maximumExpandedDesignators, minimum: 0,
            maximum: 1_000_000_000,
            summary: "most designators all ranges of one BOM expand to together"),
    ]

    /// The setting called `name`, if there is one.
    public static func setting(named name: String) -> Setting? {
        settings.first { $0.name == name }
    }
}
