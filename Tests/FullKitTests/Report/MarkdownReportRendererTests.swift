import FullKit
import Testing

/// `--format markdown`: a summary whose pack text can inject no HTML, link or table cell.
@Suite("Markdown renderer")
struct MarkdownReportRendererTests {
    /// The pipes of a table row that are not escaped.
    private func cells(_ row: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in row {
            if character == "|" && !escaped { count += 1 }
            escaped = character == "\\" && !escaped
        }
        return count
    }

    @Test("hostile text stays text: no tag, no link, no extra cell, no control character")
    func hostile() {
        let text = MarkdownReportRenderer().render(HostileReport.results)
        #expect(text.hasPrefix("## FullKit: FAIL: rejected, Sales keeps ownership\n"))
        #expect(!text.contains("<script>") && text.contains("&lt;script&gt;"))
        #expect(!text.contains("[a](http") && !text.contains("\u{1B}"))
        #expect(!text.contains("http://"))
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("|") }
        let findingRows = rows.filter { $0.hasPrefix("| error") || $0.hasPrefix("| warning") }
        #expect(findingRows.count == 2)
        #expect(findingRows.allSatisfy { cells($0) == 7 })
        #expect(rows.filter { $0.contains("**FAIL**") }.allSatisfy { cells($0) == 6 })
    }

    @Test("a batch: the summary line, a row per pack, details only for packs with something to show")
    func batch() {
        var passing = HostileReport.make()
        passing.findings = []
        passing.verdict = .pass
        passing.counts = CheckReport.Counts(findings: [], files: 0)
        let results =
            HostileReport.results + [
                PackResult(path: "good.zip", outcome: .checked(passing)),
                PackResult(path: "bad.zip", outcome: .unchecked(reason: "crashed")),
            ]
        let text = MarkdownReportRenderer().render(results)
        #expect(text.hasPrefix("## FullKit: FAIL — 3 packs: 1 passed, 1 failed, 1 unchecked\n"))
        #expect(text.contains("| good.zip | **PASS** | 0 | 0 |  |"))
        #expect(text.contains("| bad.zip | UNCHECKED | | | crashed |"))
        #expect(text.components(separatedBy: "\n### ").count == 2)
    }
}
