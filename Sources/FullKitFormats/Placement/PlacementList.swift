import FullKitCore

/// The placements read from an XY (pick-and-place, centroid, CPL) file.
public struct PlacementList: Sendable {
    /// One placed part.
    public struct Placement: Sendable {
        /// The part's designator (reference), e.g. `R1`.
        public var designator: String
        /// X in the file's unit; nil when the cell did not parse.
        public var x: Double? {
            get { Self.number(storedX) }
            set { storedX = newValue ?? .nan }
        }
        /// Y in the file's unit; nil when the cell did not parse.
        public var y: Double? {
            get { Self.number(storedY) }
            set { storedY = newValue ?? .nan }
        }
        /// Rotation in degrees as written (any range), kept to single precision (7 digits).
        public var rotation: Double? {
            get { storedRotation.isNaN ? nil : Double(storedRotation) }
            set { storedRotation = Float(newValue ?? .nan) }
        }
        /// `rotation` brought into 0 ≤ r < 360 (so -90 and 270, or 360 and 0, compare equal).
        public var normalizedRotation: Double? {
            guard let rotation, rotation.isFinite else { return nil }
            let wrapped = rotation.truncatingRemainder(dividingBy: 360)
            return wrapped < 0 ? wrapped + 360 : wrapped
        }
        /// Its value or comment (`10k`), or "".
        public var value: String
        /// Its footprint or package (`R_0603_1608Metric`), or "".
        public var footprint: String
        /// The description column, or "".
        public var description: String
        /// Where the row's designator cell starts.
        public var location: SourceLocation {
            get { SourceLocation(line: Int(storedLine), column: Int(storedColumn)) }
            set { (storedLine, storedColumn) = (UInt32(clamping: newValue.line), UInt32(clamping: newValue.column)) }
        }
        // A placement is written once per row of files of up to millions of rows, so it is kept small (96 bytes): the
        // numbers with NaN for "none" (the number reader never yields NaN) instead of optionals, the rotation in
        // single precision, line and column in 32 bits, the one-byte fields last.
        private var storedX: Double
        private var storedY: Double
        private var storedRotation: Float
        private var storedLine: UInt32
        private var storedColumn: UInt32
        /// The side it is placed on, when the file says.
        public var side: BoardSide?
        /// How the part is fitted, when a type column says.
        public var mountType: MountType?

        /// A placement of `designator` at (`x`, `y`) in the file's unit, turned by `rotation`, on `side`.
        public init(
            designator: String, x: Double?, y: Double?, rotation: Double?, side: BoardSide?, value: String,
            footprint: String, description: String = "", mountType: MountType? = nil, location: SourceLocation
        ) {
            self.designator = designator
            (storedX, storedY, storedRotation) = (x ?? .nan, y ?? .nan, Float(rotation ?? .nan))
            (storedLine, storedColumn) = (UInt32(clamping: location.line), UInt32(clamping: location.column))
            self.side = side
            self.value = value
            self.footprint = footprint
            self.description = description
            self.mountType = mountType
        }

        private static func number(_ stored: Double) -> Double? { stored.isNaN ? nil : stored }
    }

    /// The text encoding the file used.
    public var encoding: TextEncoding
    /// The placements in file order.
    public var placements: [Placement] = []
    /// The unit of X and Y, when the file states it.
    public var unit: LengthUnit?
    /// Where the unit came from (e.g. `header line "## Unit = mm"`), or nil when unknown.
    public var unitEvidence: String?
    /// Problems found while reading.
    public var issues: [ParseIssue] = []

    /// The sides the placements are on.
    public var sides: Set<BoardSide> { Set(placements.compactMap(\.side)) }
}
