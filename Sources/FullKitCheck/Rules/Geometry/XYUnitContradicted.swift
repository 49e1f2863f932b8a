import FullKitArchive
import FullKitCore
import FullKitFormats

/// A unit an XY file states is held to the board: when its placements do not register in it (off the board, or
/// away from the pads), and in another unit nine in ten fit and three in four land near a copper pad of their side,
/// the file's numbers are not in the unit it states. The stated unit is kept for every other judgement; this names the contradiction.
struct XYUnitContradicted: PackRule {
    let rule = Rule(
        id: "XY_UNIT_CONTRADICTED", severity: .error,
        summary: "The unit an XY file states is the one its placements register in (on the board, on the pads).",
        rationale:
            "A machine programmed in the stated unit places every part elsewhere: the header and the numbers disagree.",
        fix: "Export the XY file again with its unit stated correctly (or its numbers in the unit it states).")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.xyConventions.compactMap { detected in
            guard let contradiction = detected.unitContradiction else { return nil }
            let stated = detected.convention.unit.rawValue
            return Finding(
                rule,
                "the file states \(stated), but its placements register on the board only in \(contradiction.unit.rawValue): \(contradiction.inside) of \(detected.placements) on the board and \(contradiction.nearFlashes) of \(contradiction.registered) near a copper pad of their side in \(contradiction.unit.rawValue); in \(stated), \(detected.nearFlashes ?? 0) of \(detected.registered ?? 0) near a pad",
                file: detected.file)
        }
    }
}
