import FullKitArchive
import FullKitCore
import FullKitFormats

/// An SMD part is placed on the side its pads are on: where the copper names its pads (X2 `%TO.C`) only on the
/// other outer layer, the XY file's side is wrong (or the layout moved the part). Through-hole parts are not judged
/// (their pads may lie on the other side by design).
struct XYWrongSide: PackRule {
    let rule = Rule(
        id: "XY_WRONG_SIDE", severity: .error,
        summary: "An SMD part is placed on the side of the board its pads are on (judged where the copper names pads).",
        rationale: "Placed on the other side, the part lands on bare laminate or on another part's pads.",
        fix: "Export the XY file again from the layout that the Gerbers come from; check the part's side.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.padRegistrations.flatMap { registration in
            registration.wrongSide.map { wrong in
                let other = wrong.side == .top ? "bottom" : "top"
                return Finding(
                    rule,
                    "\(wrong.designator) is placed on the \(wrong.side.rawValue) side, but its \(wrong.cluster.pads) pad\(wrong.cluster.pads == 1 ? "" : "s") (%TO.C) are only on the \(other) copper",
                    file: registration.file, location: wrong.location, designators: [wrong.designator],
                    position: wrong.position)
            }
        }
    }
}
