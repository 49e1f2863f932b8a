import Synchronization

/// Explains why a designator can be in the BOM but not the XY file, or the other way round, without anything being
/// wrong: parts that are not placed by nature (fiducials, test points, mounting and tooling holes, logos, solder
/// jumpers, net ties, gold fingers, wire pads) and mechanical parts fitted by hand (screws, standoffs, heat sinks,
/// jumper shunts), and through-hole parts, which pick-and-place files usually leave out. Judged by designator prefix,
/// footprint name and description; the returned reason names the evidence.
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
        "FID": "a fiducial", "FD": "a fiducial", "TP": "a test point", "MH": "a mounting hole",
        "HOLE": "a mounting hole", "LOGO": "a logo", "SJ": "a solder jumper",
        "NT": "a net tie", "REF": "a reference mark", "SCREW": "a screw, a mechanical part fitted by hand",
        "STANDOFF": "a standoff, a mechanical part fitted by hand",
        "SPACER": "a spacer, a mechanical part fitted by hand",
        "NUT": "a nut, a mechanical part fitted by hand", "WASHER": "a washer, a mechanical part fitted by hand",
        "HEATSINK": "a heat sink, a mechanical part fitted by hand",
        "JMP": "a jumper shunt, fitted by hand on its pins",
        "MECH": "a mechanical part fitted by hand", "LABEL": "a label",
    ]

    /// Footprint or description fragments (lower case) of things that are not placed parts.
    static let notPlacedWords: [(String, String)] = [
        ("fiducial", "a fiducial"), ("testpoint", "a test point"), ("test_point", "a test point"),
        ("test point", "a test point"), ("mountinghole", "a mounting hole"), ("mounting_hole", "a mounting hole"),
        ("mounting hole", "a mounting hole"), ("tooling hole", "a tooling hole"), ("logo", "a logo"),
        ("solderjumper", "a solder jumper"), ("solder jumper", "a solder jumper"), ("nettie", "a net tie"),
        ("net_tie", "a net tie"), ("net tie", "a net tie"),
        ("golden finger", "a gold-finger edge connector (board copper)"),
        ("gold finger", "a gold-finger edge connector (board copper)"),
        ("goldfinger", "a gold-finger edge connector (board copper)"),
        ("wirepad", "a wire pad (a wire is soldered by hand)"),
        ("wire pad", "a wire pad (a wire is soldered by hand)"),
        ("1pin", "a one-pin pad"), ("1_pin", "a one-pin pad"), ("one pin", "a one-pin pad"),
    ]

    /// Footprint name fragments (lower case) of through-hole parts.
    static let throughHoleFootprints = [
        "_tht", "tht_", "pinheader", "pinsocket", "pinhd", "terminalblock", "screwterm", "screw_term", "screw",
        "microfit", "-ph-k", "-xh-a", "dip-", "to-220", "to-92", "radial", "axial", "barreljack", "dsub",
    ]

    /// Footprint words (split at anything but letters and digits) that mark a through-hole part: `R_TH`, `LED-THT`.
    static let throughHoleTokens: Set<String> = ["th", "tht", "pth"]

    /// Description fragments (lower case) that say a part is through-hole.
    static let throughHoleDescriptions = ["through hole", "through-hole", "thru-hole", "thru hole"]

    /// A site's additions to `notPlacedPrefixes` (its policy's `notPlacedPrefixes`).
    public let extraPrefixes: [String: String]

    /// The answers given so far: parts share prefixes, footprints and descriptions, so a pack of 100 000 parts asks
    /// only a few hundred distinct questions. Shared by copies, which all answer alike.
    private let answers = Answers()

    /// A classifier that also knows `extraPrefixes`.
    public init(extraPrefixes: [String: String] = [:]) {
        self.extraPrefixes = extraPrefixes
    }

    /// Why `designator` (with `footprint` and `description`, possibly empty) may be missing from the other file, or
    /// nil. Through-hole parts explain a difference only when `mayBeThroughHole` (a BOM part absent from the XY file).
    public func explain(
        designator: String, footprint: String, device: String = "", description: String = "", mayBeThroughHole: Bool
    ) -> Explanation? {
        let question = Question(
            prefix: String(designator.uppercased().prefix { !$0.isNumber }), footprint: footprint, device: device,
            description: description, mayBeThroughHole: mayBeThroughHole)
        if let known = answers.table.withLock({ $0[question] }) { return known }
        let answer = judge(question)
        answers.table.withLock { table in
            // Bounded: a hostile pack of distinct footprints must not grow the table without end.
            if table.count >= Answers.capacity { table.removeAll(keepingCapacity: true) }
            table[question] = answer
        }
        return answer
    }

    /// What `explain` depends on: the designator only through its prefix.
    private struct Question: Hashable {
        var prefix: String
        var footprint: String
        var device: String
        var description: String
        var mayBeThroughHole: Bool
    }

    /// The answers table, behind a lock (rules ask from several threads).
    private final class Answers: Sendable {
        static let capacity = 1 << 16
        let table = Mutex<[Question: Explanation?]>([:])
    }

    private func judge(_ question: Question) -> Explanation? {
        let (prefix, footprint, device, description) = (
            question.prefix, question.footprint, question.device, question.description
        )
        if let what = Self.notPlacedPrefixes[prefix] ?? extraPrefixes[prefix] {
            return .notAPart("\(what) (designator prefix \(prefix))")
        }
        let lowered = footprint.lowercased()
        let tokens = lowered.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        // A hole: `HOLEHOLE`, `MountingHole_3.2mm`, `NPTH_2.5mm`, not a through-hole footprint.
        if tokens.contains(where: {
            ($0.contains("hole") && !$0.contains("through") && !$0.contains("thru")) || $0 == "npth"
        }) {
            return .notAPart("a hole (footprint \(footprint))")
        }
        // JLCPCB's tooling holes and Eagle's mounting holes are `H1`, `H2`: a hole when nothing names a part.
        if prefix == "H",
            footprint.isEmpty || ["mount", "tool", "mh", "hole"].contains(where: { lowered.contains($0) })
        {
            return .notAPart(
                "a mounting or tooling hole (designator prefix H\(footprint.isEmpty ? ", no footprint" : ", footprint \(footprint)"))"
            )
        }
        if let (_, what) = Self.notPlacedWords.first(where: { lowered.contains($0.0) }) {
            return .notAPart("\(what) (footprint \(footprint))")
        }
        let described = description.lowercased()
        if let (_, what) = Self.notPlacedWords.first(where: { described.contains($0.0) }) {
            return .notAPart("\(what) (description '\(description)')")
        }
        guard question.mayBeThroughHole else { return nil }
        for (what, name) in [("footprint", footprint), ("device", device)] where !name.isEmpty {
            let lowered = name.lowercased()
            let tokens = lowered.split { !$0.isLetter && !$0.isNumber }.map(String.init)
            if Self.throughHoleFootprints.contains(where: { lowered.contains($0) })
                || tokens.contains(where: { Self.throughHoleTokens.contains($0) })
            {
                return .throughHole("its \(what) \(name) is a through-hole one")
            }
        }
        if Self.throughHoleDescriptions.contains(where: { described.contains($0) }) {
            return .throughHole("its description says so ('\(description)')")
        }
        return nil
    }
}
