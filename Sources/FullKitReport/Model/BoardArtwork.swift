import FullKitCore

/// The board as drawn by its files, for pictures: each Gerber layer's image and the drill holes (as an image of
/// round flashes), with what each layer is and on which side, and the box the picture covers.
public struct BoardArtwork: Sendable {
    /// What a layer shows, in the order a picture stacks them from the board up.
    public enum Kind: String, Sendable, CaseIterable, Comparable {
        /// Copper.
        case copper
        /// Solder-mask openings.
        case soldermask
        /// Solder paste.
        case paste
        /// Legend.
        case silkscreen
        /// Drill holes.
        case drill
        /// The board's outline.
        case outline

        /// Stacking order: copper first, the outline last.
        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// One drawn layer.
    public struct Layer: Sendable {
        /// The file it was read from (as the report names it).
        public var file: String
        /// What it shows.
        public var kind: Kind
        /// Its side; nil for layers of both sides (drills, outline).
        public var side: BoardSide?
        /// What it draws.
        public var image: GerberImage

        /// A layer of `kind` on `side` read from `file`, drawing `image`.
        public init(file: String, kind: Kind, side: BoardSide?, image: GerberImage) {
            (self.file, self.kind, self.side, self.image) = (file, kind, side, image)
        }
    }

    /// A part where an XY file places it on the board, with what the check made of it.
    public struct Placement: Sendable {
        /// How the check judged a placement.
        public enum Status: String, Sendable, CaseIterable {
            /// At its pads: the pads the copper names for it, or (where it names none) the centre of a pad group.
            case onPads = "on-pads"
            /// Away from the pads the copper names for it, or (where it names none) from every pad of its side
            /// (`XY_AWAY_FROM_PADS`).
            case offPads = "off-pads"
            /// Where the copper names no parts: an SMD placement that is not the centre of a group of pads (judged
            /// as a share of the file, `XY_NOT_CENTRED_ON_PADS`; one alone may be an asymmetric footprint).
            case notCentred = "not-centred"
            /// Placed, but the BOM has no line for it, and nothing explains why.
            case notInBOM = "not-in-bom"
            /// Marked do-not-place in the BOM.
            case doNotPlace = "dnp"
            /// A difference between BOM and XY that the pack explains (not a part, through-hole).
            case explained
            /// Placed and listed; no pads name it, so it is not judged one by one.
            case placed
        }

        /// The designator (as the XY file writes it).
        public var designator: String
        /// Its side.
        public var side: BoardSide
        /// Its position on the board, in mm (under the XY file's convention).
        public var position: BoardPoint
        /// What the check made of it.
        public var status: Status

        /// `designator` placed at `position` on `side`, judged `status`.
        public init(designator: String, side: BoardSide, position: BoardPoint, status: Status) {
            (self.designator, self.side, self.position, self.status) = (designator, side, position, status)
        }
    }

    /// The layers, in the pack's order.
    public var layers: [Layer]
    /// The placements of the pack's XY files, under each file's convention.
    public var placements: [Placement] = []
    /// The box the picture covers, in mm (the board's outline, or every layer's extent); nil when nothing is drawn.
    public var extent: Extent?

    /// Artwork of `layers` and `placements` covering `extent`.
    public init(layers: [Layer], extent: Extent?, placements: [Placement] = []) {
        (self.layers, self.extent, self.placements) = (layers, extent, placements)
    }
}
