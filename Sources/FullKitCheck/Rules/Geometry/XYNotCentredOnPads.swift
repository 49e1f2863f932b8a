import FullKitArchive
import FullKitCore
import FullKitFormats

/// Where the copper does not name its parts, an XY file's SMD placements sit at the centres of pad groups: a file
/// whose placements mostly do not (fewer than four in five, of at least six judged) is stale or shifted against the
/// Gerbers. Judged by the share, never by one part (an asymmetric footprint may be off its pads' symmetry).
struct XYNotCentredOnPads: PackRule {
    let rule = Rule(
        id: "XY_NOT_CENTRED_ON_PADS", severity: .error,
        summary:
            "Where the copper names no parts (no X2 %TO.C), at least four in five SMD placements of an XY file are the centre of a group of copper pads.",
        rationale:
            "CAD tools place an SMD footprint by its centre, and its pads are symmetric about it; an XY file whose placements mostly are not is from another revision or another origin, and the machine would place parts beside their pads.",
        fix: "Export the XY file again from the layout that the Gerbers come from, with the same origin.")

    /// The least number of placements judged.
    static let minimumJudged = 6

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.padCentrings.compactMap { centring in
            guard !centring.originByPads, centring.judged >= Self.minimumJudged,
                centring.centred * 5 < centring.judged * 4
            else { return nil }
            let examples = centring.offCentre.map { off in
                "\(off.designator) at (\(LengthWords.millimetres(off.position.x)), \(LengthWords.millimetres(off.position.y)))"
            }
            let first = centring.offCentre.first
            let judged =
                centring.isPartial
                ? "of the first \(centring.judged) SMD placements (the pads around the rest were too many to look at)"
                : "of \(centring.judged) SMD placements"
            return Finding(
                rule,
                "only \(centring.centred) \(judged) sit at the centre of a group of copper pads (a pad at it, or pads mirrored through it, within \(LengthWords.millimetres(centring.tolerance))): the XY file does not match the Gerbers; not centred: \(examples.joined(separator: ", "))",
                file: centring.file, location: first?.location, designators: centring.offCentre.map(\.designator),
                position: first?.position)
        }
    }
}
