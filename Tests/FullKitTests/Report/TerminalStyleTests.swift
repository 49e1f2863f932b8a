import FullKit
import Testing

/// `--color`: FullKit's colour codes on its own words only; a pack's escape sequences never reach the terminal.
@Suite("Terminal colours")
struct TerminalStyleTests {
    /// `text` with FullKit's own colour codes removed.
    private func withoutOurCodes(_ text: String) -> String {
        ["\u{1B}[31m", "\u{1B}[32m", "\u{1B}[33m", "\u{1B}[1m", "\u{1B}[2m", "\u{1B}[0m"].reduce(text) {
            $0.replacing($1, with: "")
        }
    }

    @Test("the verdict, the titles and rule IDs are coloured; removing the colours gives the plain report")
    func colours() {
        let report = HostileReport.make()
        let plain = TextReportRenderer().render(report)
        let coloured = TextReportRenderer(color: true).render(report)
        #expect(coloured.hasPrefix("\u{1B}[31m\u{1B}[1mFAIL\u{1B}[0m: rejected"))
        #expect(coloured.contains("\u{1B}[1mXY_OFF_PADS\u{1B}[0m: C1"))
        #expect(withoutOurCodes(coloured) == TerminalText.sanitized(plain))
        #expect(!withoutOurCodes(coloured).contains("\u{1B}"))
    }

    @Test("a line that starts with pack text is made inert before anything is added")
    func inert() {
        #expect(
            TerminalStyle.painted("PASS  0 errors  x\u{1B}[2J")
                == "\u{1B}[32m\u{1B}[1mPASS\u{1B}[0m  0 errors  x\\x1B[2J")
        #expect(TerminalStyle.painted("\u{1B}[2Jplain") == "\\x1B[2Jplain")
    }
}
