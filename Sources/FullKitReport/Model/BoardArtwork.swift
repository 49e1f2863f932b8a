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

    /// The layers, in the pack's order.
    public var layers: [Layer]
    /// The box the picture covers, in mm (the board's outline, or every layer's extent); nil when nothing is drawn.
    public var extent: Extent?

    /// Artwork of `layers` covering `extent`.
    public init(layers: [Layer], extent: Extent?) {
        (self.layers, self.extent) = (layers, extent)
    }
}
