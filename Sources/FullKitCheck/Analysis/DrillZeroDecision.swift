import FullKitArchive
import FullKitCore
import FullKitFormats

/// A drill file that does not say which zeros its coordinates omit (no `LZ`/`TZ`, no `nc_param.txt`), read both
/// ways: when one reading puts every hole on the board and the other puts most of them off it, the board's own
/// geometry settles what the file left open.
public struct DrillZeroDecision: Sendable, Hashable {
    /// The drill file's display path.
    public var file: String
    /// The reading kept: leading zeros kept (trailing omitted), or leading zeros omitted.
    public var keepsLeadingZeros: Bool
    /// Its holes, every one on the board.
    public var holes: Int
    /// How many holes the other reading would put off the board.
    public var offUnderOtherReading: Int

    /// The drill entries of `entries` whose zeros the `board` settles, read again from `files` (by path) with the
    /// settled mode (and the folder's `parameters`); the other entries unchanged.
    static func settle(
        _ entries: [PackEntry], files: [String: PackFile], board: BoardOutline?,
        parameters: [String: DrillParameters], limits: ReadLimits
    ) -> ([PackEntry], [DrillZeroDecision]) {
        guard let board else { return (entries, []) }
        var decisions: [DrillZeroDecision] = []
        let settled = entries.map { entry -> PackEntry in
            guard let document = entry.excellon,
                document.issues.contains(where: { $0.ruleID == Rule.excellonZeroModeUnknown.id }),
                let file = files[entry.path]
            else { return entry }
            let readings = [true, false].map { keepsLeading -> (Bool, ExcellonDocument, Int) in
                var stated = parameters[PackAnalyzer.folder(of: entry.path)] ?? DrillParameters()
                stated.keepsLeadingZeros = keepsLeading
                let reading = ExcellonReader.read(file.bytes, parameters: stated, limits: limits)
                let off = reading.holes.count { !Self.isOnBoard($0, board) }
                return (keepsLeading, reading, off)
            }
            let fitting = readings.filter { !$0.1.holes.isEmpty && $0.2 == 0 }
            guard fitting.count == 1, let (keepsLeading, reading, _) = fitting.first,
                let other = readings.first(where: { $0.0 != keepsLeading }), other.2 * 2 > other.1.holes.count
            else { return entry }
            decisions.append(
                DrillZeroDecision(
                    file: entry.path, keepsLeadingZeros: keepsLeading, holes: reading.holes.count,
                    offUnderOtherReading: other.2))
            var decided = entry
            decided.content = .excellon(reading)
            return decided
        }
        return (settled, decisions)
    }

    /// Whether `hole` lies within the board's extent, with the outline's slack.
    private static func isOnBoard(_ hole: Hole, _ board: BoardOutline) -> Bool {
        board.extent.distance(toX: hole.x, y: hole.y) <= board.tolerance
    }
}
