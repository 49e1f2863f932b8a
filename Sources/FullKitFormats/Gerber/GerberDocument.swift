import FullKitCore

/// What the Gerber reader found in one file: the model the rules consume.
public struct GerberDocument: Sendable {
    /// The unit set by `%MO` (or the deprecated `G70`/`G71`).
    public var unit: LengthUnit?
    /// The coordinate format set by `%FS`.
    public var format: CoordinateFormat?
    /// The X2 file attributes.
    public var attributes = X2Attributes()
    /// How many flashes (D03) the file makes.
    public var flashCount = 0
    /// How many linear draws (D01 in G01) the file makes.
    public var drawCount = 0
    /// How many arcs (D01 in G02/G03) the file makes.
    public var arcCount = 0
    /// How many regions (G36…G37) the file makes.
    public var regionCount = 0
    /// The image extent in millimetres, apertures included; nil when the file draws nothing.
    public var extent: Extent?
    /// The component designators named by `%TO.C` object attributes.
    public var componentDesignators: Set<String> = []
    /// The `.AperFunction` values of the apertures the file defines (e.g. `SMDPad,CuDef`, `ViaPad`).
    public var apertureFunctions: Set<String> = []
    /// Whether the file ends with `M02` (or the deprecated `M00`/`M01`).
    public var hasEndOfFile = false
    /// Problems found, located by byte offset.
    public var issues: [ParseIssue] = []
    /// Every draw, and every arc as chords of at most 10°, in mm, when the reader was asked to keep them (outlines).
    public var segments: [Segment] = []
    /// Draws and arcs past the most `segments` keeps (200 000; an outline has hundreds), not kept.
    public var segmentsNotKept = 0
    /// The flashes that X2 marks as pads (by `.AperFunction` or a `%TO.C` component), or every flash when the reader
    /// was asked to keep them (copper layers), in mm, up to 500 000.
    public var pads: [Pad] = []

    /// What the file draws, object by object, when the reader was asked to keep it (pictures of the board).
    public var image: GerberImage?

    /// An empty document, filled in by the reader.
    public init() {}
}
