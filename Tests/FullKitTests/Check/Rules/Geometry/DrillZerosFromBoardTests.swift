import FullKit
import Testing

@testable import FullKitCheck

/// DRILL_ZEROS_FROM_BOARD: a drill file silent on its zeros is settled by the board, or left an error.
@Suite("DRILL_ZEROS_FROM_BOARD")
struct DrillZerosFromBoardTests {
    /// The mini board's via at (5, 5) mm written in inch 2:4 without LZ/TZ: `1969` is 0.1969 in with leading zeros
    /// omitted, 19.69 in with trailing zeros omitted.
    static let silentDrill = "M48\nINCH\nT1C0.0118\n%\nG90\nG05\nT1\nX1969Y1969\nM30\n"

    @Test("one reading fits the 30 × 20 mm board, the other puts the via half a metre away: settled, a warning")
    func settled() throws {
        var pack = FixturePack()
        pack["mini-PTH.drl"] = Self.silentDrill
        let finding = try #require(pack.findings(DrillZerosFromBoard()).first)
        #expect(finding.file == "mini-PTH.drl")
        #expect(
            finding.message.hasPrefix("the file does not say which zeros it omits: read with leading zeros omitted"))
    }

    @Test("a file that states its zeros, or holes that fit neither way, decide nothing here")
    func notSettled() {
        var pack = FixturePack()
        #expect(pack.findings(DrillZerosFromBoard()).isEmpty)
        // 0.9999 in (25.4 mm) fits the board's width but not its 20 mm height; 99.99 in fits nothing.
        pack["mini-PTH.drl"] = "M48\nINCH\nT1C0.0118\n%\nG90\nG05\nT1\nX1969Y9999\nM30\n"
        #expect(pack.findings(DrillZerosFromBoard()).isEmpty)
    }
}
