import FullKitArchive
import FullKitCore
import FullKitFormats

/// A drill file that does not say which zeros it omits is read the one way that puts its holes on the board; the
/// decision is named, since the file itself left it open.
struct DrillZerosFromBoard: PackRule {
    let rule = Rule(
        id: "DRILL_ZEROS_FROM_BOARD", severity: .warning,
        summary:
            "A drill file does not say which zeros it omits (LZ/TZ); the board outline settles it: one reading puts every hole on the board, the other most of them off.",
        rationale: "A drill machine set the other way drills every hole in the wrong place; the file should say.",
        fix: "Export the drill file with its zero suppression stated (LZ or TZ in the M48 header).")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.drillZeroDecisions.map { decision in
            let kept = decision.keepsLeadingZeros ? "trailing zeros omitted (LZ)" : "leading zeros omitted (TZ)"
            let other = decision.keepsLeadingZeros ? "leading" : "trailing"
            return Finding(
                rule,
                "the file does not say which zeros it omits: read with \(kept), all \(decision.holes) holes lie on the board; read with \(other) zeros omitted, \(decision.offUnderOtherReading) would lie off it",
                file: decision.file)
        }
    }
}
