import FullKitCore

/// How far a placement may lie from where the board's geometry says its part is, in millimetres: the defaults are
/// what the corpus and the common libraries bear out, and an operator may set each in the policy
/// (`placementTolerances`). Read by the analysis that registers placements and by the rules that report it.
public struct PlacementTolerances: Sendable, Hashable {
    /// An SMD placement lies on its named pads within this distance of their centre, in mm …
    public var smdCentreMillimetres = 0.5
    /// … or within this share of its pads' larger span, whichever is larger (a big part's origin may sit a little
    /// off its pads' box centre: a connector with a row of pins and two larger mounting pads).
    public var smdCentreShare = 0.25
    /// A through-hole placement lies within this distance of the box around its named pads, in mm (its origin is
    /// pin 1 in some libraries, the body's centre in others, which may reach past the pins).
    public var throughHoleReachMillimetres = 5.0
    /// Where the copper names no parts, an SMD placement has a pad's copper of its side within this distance, in mm,
    /// or is a pad group's centre (the corpus's farthest real placement lies 4.0 mm from a pad: a module's centre).
    public var padReachMillimetres = 5.0
    /// A placement lies inside the board outline within this distance, in mm: the outline's line width and a
    /// connector whose origin sits on the board edge (never a share of the board: 2 % of a 120 mm board would let a
    /// part 2.4 mm off it pass).
    public var outsideBoardMillimetres = 1.0

    /// The defaults.
    public init() {}

    /// A tolerance an operator may set: its policy name, where it lives, and the values it takes.
    public struct Setting: Sendable {
        /// The name in the policy's `placementTolerances` object.
        public let name: String
        /// The tolerance it sets.
        public let keyPath: WritableKeyPath<PlacementTolerances, Double> & Sendable
        /// The values it takes.
        public let range: ClosedRange<Double>
    }

    /// Every tolerance an operator may set, by name.
    public static let settings: [Setting] = [
        Setting(name: "smdCentreMillimetres", keyPath: \.smdCentreMillimetres, range: 0.05...10),
        Setting(name: "smdCentreShare", keyPath: \.smdCentreShare, range: 0...1),
        Setting(name: "throughHoleReachMillimetres", keyPath: \.throughHoleReachMillimetres, range: 0.1...50),
        Setting(name: "padReachMillimetres", keyPath: \.padReachMillimetres, range: 0.5...50),
        Setting(name: "outsideBoardMillimetres", keyPath: \.outsideBoardMillimetres, range: 0...50),
    ]

    /// How far an SMD placement may lie from the centre of its pads `cluster`.
    func smdTolerance(for cluster: PadClusters.Cluster) -> Double {
        max(smdCentreMillimetres, smdCentreShare * max(cluster.extent.width, cluster.extent.height))
    }
}
