import FullKitArchive
import FullKitCore
import FullKitFormats

/// The board outline closes: every line end meets another.
struct OutlineOpen: PackRule {
    let rule = Rule(
        id: "OUTLINE_OPEN", severity: .error,
        summary: "The board outline's lines and arcs close into contours: every end meets another end.",
        rationale: "An open outline does not define where to cut the board; the fab must guess.",
        fix: "Close the outline in the CAD tool (the gap is named) and export the outline layer again.")

    /// How many gaps are named one by one; the rest are counted.
    static let namedGaps = 10

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard let board = pack.board else { return [] }
        if board.segmentsNotKept > 0 {
            return [
                Finding(
                    rule,
                    "the outline layer draws \(board.segmentsKept + board.segmentsNotKept) lines and arcs, past the \(board.segmentsKept) FullKit keeps (a board outline has hundreds): whether it closes is not judged",
                    fix:
                        "Export the outline layer with the board edge only; a drawing of that size belongs on a documentation layer.",
                    file: board.file)
            ]
        }
        var findings = board.gaps.prefix(Self.namedGaps).map { gap in
            Finding(
                rule,
                "the outline is open: a gap of \(LengthWords.millimetres(gap.width)) between (\(LengthWords.millimetres(gap.fromX)), \(LengthWords.millimetres(gap.fromY))) and (\(LengthWords.millimetres(gap.toX)), \(LengthWords.millimetres(gap.toY)))",
                file: board.file)
        }
        if board.gaps.count > Self.namedGaps {
            findings.append(
                Finding(rule, "the outline has \(board.gaps.count - Self.namedGaps) more gaps", file: board.file))
        }
        return findings
    }
}
