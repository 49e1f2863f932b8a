/// Explains why a designator can be in the BOM but not the XY file, or the other way round, without anything being
/// wrong: parts that are not placed by nature (fiducials, test points, mounting holes, logos, solder jumpers, net
/// ties) and through-hole parts, which pick-and-place files usually leave out. Judged by designator prefix and
/// footprint name; the returned reason names the evidence.
public struct DifferenceClassifier: Sendable {
    /// What a difference is, when it is explained.
    public enum Explanation: Sendable, Hashable {
        /// Not a part a machine places: the reason names what it is and how that was seen.
        case notAPart(String)
        /// A through-hole part: fitted by hand or wave, so absent from the XY file.
        case throughHole(String)
    }

    /// Designator prefixes of things that are not placed parts, and what they are.
    public static let notPlacedPrefixes: [String: String] = [
        "FID": "a fiducial", "FD": "a fiducial", "TP": "a test point", "MH": "a mounting hole", "LOGO": "a logo",
        "SJ": "a solder jumper", "NT": "a net tie", "REF": "a reference mark",
    ]

    /// Footprint name fragments (lower case) of things that are not placed parts.
    static let notPlacedFootprints: [(String, String)] = [
        ("fiducial", "a fiducial"), ("testpoint", "a test point"), ("test_point", "a test point"),
        ("mountinghole", "a mounting hole"), ("mounting_hole", "a mounting hole"), ("logo", "a logo"),
        ("solderjumper", "a solder jumper"), ("nettie", "a net tie"), ("net_tie", "a net tie"),
    ]

    /// Footprint name fragments (lower case) of through-hole parts.
    static let throughHoleFootprints = [
        "_tht", "tht_", "pinheader", "pinsocket", "terminalblock", "dip-", "to-220", "to-92", "radial", "axial",
        "barreljack", "dsub",
    ]

    /// A site's additions to `notPlacedPrefixes` (its policy's `notPlacedPrefixes`).
    public var extraPrefixes: [String: String]

    /// A classifier that also knows `extraPrefixes`.
    public init(extraPrefixes: [String: String] = [:]) {
        self.extraPrefixes = extraPrefixes
    }

    /// Why `designator` (with `footprint`, possibly empty) may be missing from the other file, or nil. Through-hole
    /// footprints explain a difference only when `mayBeThroughHole` (a BOM part absent from the XY file).
    public func explain(designator: String, footprint: String, mayBeThroughHole: Bool) -> Explanation? {
        let prefix = String(designator.uppercased().prefix { !$0.isNumber })
        if let what = Self.notPlacedPrefixes[prefix] ?? extraPrefixes[prefix] {
            return .notAPart("\(what) (designator prefix \(prefix))")
        }
        let lowered = footprint.lowercased()
        if let (_, what) = Self.notPlacedFootprints.first(where: { lowered.contains($0.0) }) {
            return .notAPart("\(what) (footprint \(footprint))")
        }
        if mayBeThroughHole, Self.throughHoleFootprints.contains(where: { lowered.contains($0) }) {
            return .throughHole("its footprint \(footprint) is a through-hole one")
        }
        return nil
    }
}
