import FullKitArchive
import FullKitCore
import FullKitFormats

/// Where the copper does not name its parts, each SMD placement is still judged on its own by the pads around it: one
/// that is the centre of no pad group and has no pad's copper of its side within the policy's pad reach (nor a drill
/// hole) is placed where the board has nothing to solder it to. The evidence: the nearest pad's copper, its group
/// (pads within `PadBoxes.groupGap` of each other), and whether the other side has a pad group there.
struct XYAwayFromPads: PackRule {
    let rule = Rule(
        id: "XY_AWAY_FROM_PADS", severity: .error,
        summary:
            "Where the copper names no parts (no X2 %TO.C), every SMD placement has a copper pad of its side within 5 mm (the policy's placementTolerances.padReachMillimetres) or is the centre of a pad group.",
        rationale:
            "A part placed where the board has no pad is soldered to nothing: the XY file lists a part the layout moved, removed or placed on the other side, or a row written by hand.",
        fix:
            "Export the XY file again from the layout that the Gerbers come from; if the part is not placed by the machine, mark it DNP or leave it out of the XY file."
    )

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.padCentrings.flatMap { centring in
            let convention = pack.xyConventions.first { $0.file == centring.file }?.convention
            return centring.awayFromPads.map { away in
                let position =
                    "(\(LengthWords.millimetres(away.position.x)), \(LengthWords.millimetres(away.position.y)))"
                let reach = LengthWords.millimetres(pack.placementTolerances.padReachMillimetres)
                var nearest =
                    "no copper pad of the \(away.side.rawValue) side lies within \(reach)"
                if let distance = away.distance, let group = away.nearestGroup {
                    let box = group.extent
                    let centre =
                        "(\(LengthWords.millimetres((box.minX + box.maxX) / 2)), \(LengthWords.millimetres((box.minY + box.maxY) / 2)))"
                    nearest =
                        "the nearest copper pad of the \(away.side.rawValue) side is \(LengthWords.millimetres(distance)) away, in a group of \(group.pads) pad\(group.pads == 1 ? "" : "s") centred at \(centre), more than \(reach)"
                }
                var message =
                    "\(away.designator) at \(position) is no pad group's centre and \(nearest): nothing on the board to solder it to, under \(convention?.summary ?? "the detected convention")"
                if let other = away.otherSide {
                    let otherSide = away.side == .top ? "bottom" : "top"
                    message +=
                        "; on the \(otherSide) side it would sit at the centre of a pad group at (\(LengthWords.millimetres(other.x)), \(LengthWords.millimetres(other.y))): is it listed on the wrong side?"
                }
                return Finding(
                    rule, message, file: centring.file, location: away.location, designators: [away.designator],
                    position: away.position, distanceMillimeters: away.distance)
            }
        }
    }
}
