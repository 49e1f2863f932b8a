import FullKit

/// The report formats of `check` and `batch`: `--format`. Text and JSON are FullKit's own; the others are what CI
/// systems read, rendered from the same reports.
enum ReportFormat: String, CaseIterable {
    case text, json, jsonl, sarif, junit, github, markdown, html

    /// The formats `check` offers, the default first (`html` draws the board, so it is `check`'s alone).
    static let check: [ReportFormat] = [.text, .json, .sarif, .junit, .github, .markdown, .html]
    /// The formats `batch` (and `merge`) offer, the default first.
    static let batch: [ReportFormat] = [.text, .jsonl, .sarif, .junit, .github, .markdown]

    /// Whether the format renders all packs at once at the end (a document), rather than a line per pack.
    var isDocument: Bool { ![.text, .jsonl].contains(self) }

    /// The document for `results` in a CI format (`sarif`, `junit`, `github`, `markdown`).
    func document(_ results: [PackResult]) -> String {
        switch self {
        case .sarif: SARIFReportRenderer(rules: RuleCatalog.allRules).render(results)
        case .junit: JUnitReportRenderer(rules: RuleCatalog.allRules).render(results)
        case .github: GitHubAnnotationRenderer.render(results)
        case .markdown: MarkdownReportRenderer().render(results)
        case .json: results.first?.report.map(JSONReportRenderer.render) ?? "{}\n"
        case .text, .jsonl, .html: ""
        }
    }

    /// Writes the document for `results` to `sink` (JSON-based formats through the JSON writer).
    func write(_ results: [PackResult], to sink: ReportSink) {
        let text = document(results)
        if self == .sarif || self == .json { sink.json(text) } else { sink.write(text) }
    }
}
