import FullKitArchive
import FullKitCore
import FullKitFormats

/// Every XY placement lies on the board under the detected convention: inside the outline's closed contours when it
/// closes, else inside its extent, by a fixed slack in millimetres (never a share of the board: 2 % of a 120 mm board
/// would let a part 2.4 mm off it pass).
struct XYOutsideBoard: PackRule {
    let rule = Rule(
        id: "XY_OUTSIDE_BOARD", severity: .error,
        summary:
            "Every XY placement lies inside the board outline, within 1 mm (under the detected unit and sign convention; the policy's placementTolerances.outsideBoardMillimetres).",
        rationale: "A part outside the board cannot be placed: the XY file is from another board, revision or origin.",
        fix: "Export the XY file again from the same design, with the same origin as the Gerbers.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard let board = pack.board else { return [] }
        var findings: [Finding] = []
        for detected in pack.xyConventions {
            guard let list = pack.placementLists.first(where: { $0.entry.path == detected.file }) else { continue }
            let convention = detected.convention
            for placement in list.content.placements {
                guard let x = placement.x, let y = placement.y else { continue }
                let point = convention.position(x: x, y: y, side: placement.side)
                guard
                    let distance = board.placementOutside(
                        x: point.x, y: point.y, slack: pack.placementTolerances.outsideBoardMillimetres)
                else { continue }
                findings.append(
                    Finding(
                        rule,
                        "\(placement.designator) at (\(LengthWords.millimetres(point.x)), \(LengthWords.millimetres(point.y))) is \(LengthWords.millimetres(distance)) outside the board outline (\(LengthWords.box(board.extent))), under \(convention.summary)",
                        file: detected.file, location: placement.location, designators: [placement.designator],
                        position: BoardPoint(x: point.x, y: point.y), distanceMillimeters: distance))
            }
        }
        return findings
    }
}
