import FullKitCore

/// Renders packs' results as GitHub-flavoured Markdown (`--format markdown`), for `$GITHUB_STEP_SUMMARY` and merge
/// request comments: the overall verdict, a table of packs, then for each pack that did not pass its errors and
/// warnings in a table (at most `maximumFindings` per pack, the rest counted).
///
/// Every string from a pack is escaped: HTML's `& < >` as entities and Markdown's punctuation with a backslash, so a
/// designator or file name cannot inject a link, an image or markup into the summary.
public struct MarkdownReportRenderer: Sendable {
    /// The most findings listed per pack (GitHub caps a step summary at 1 MiB).
    public var maximumFindings: Int

    /// A renderer that lists up to `maximumFindings` findings per pack.
    public init(maximumFindings: Int = 100) {
        self.maximumFindings = maximumFindings
    }

    /// The Markdown for `results`.
    public func render(_ results: [PackResult]) -> String {
        let summary = BatchSummary(results)
        var lines: [String] = []
        if results.count == 1, let report = results[0].report {
            lines.append("## FullKit: \(report.verdict.rawValue): \(report.verdict.handoff)")
        } else {
            lines.append("## FullKit: \(summary.allPassed ? "PASS" : "FAIL") — \(summary.line)")
        }
        lines.append("")
        lines.append("| Pack | Verdict | Errors | Warnings | First error |")
        lines.append("|---|---|---:|---:|---|")
        for result in results {
            let pack = Self.cell(result.path)
            guard let report = result.report else {
                let reason = result.uncheckedReason ?? ""
                lines.append("| \(pack) | UNCHECKED | | | \(Self.cell(reason)) |")
                continue
            }
            let first = report.findings.first { $0.severity == .error }.map {
                "`\($0.ruleID)` \(Self.cell($0.message))"
            }
            lines.append(
                "| \(pack) | **\(report.verdict.rawValue)** | \(report.counts.errors) | \(report.counts.warnings) | \(first ?? "") |"
            )
        }
        for result in results {
            guard let report = result.report, report.verdict != .pass || report.counts.warnings > 0 else { continue }
            let shown = report.findings.filter { $0.severity != .info }
            lines.append("")
            lines.append("### \(Self.cell(result.path)): \(report.verdict.rawValue)")
            lines.append("")
            lines.append("| Severity | Rule | File | Line | Message | Fix |")
            lines.append("|---|---|---|---|---|---|")
            for finding in shown.prefix(maximumFindings) {
                let cells = [
                    finding.severity.rawValue, "`\(finding.ruleID)`", finding.file.map(Self.cell) ?? "(pack)",
                    finding.location.map { "\($0)" } ?? "", Self.cell(finding.message), Self.cell(finding.fix),
                ]
                lines.append("| " + cells.joined(separator: " | ") + " |")
            }
            if shown.count > maximumFindings {
                lines.append("")
                lines.append("… and \(shown.count - maximumFindings) more (see the JSON report).")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` from a pack as one inert table cell: HTML's `& < >` as entities; Markdown's emphasis, code, link, table
    /// and strike-through characters escaped; and the autolinks GitHub would make of `scheme://`, `www.` and `a@b`
    /// broken.
    static func cell(_ text: String) -> String {
        var result = ""
        for scalar in TerminalText.inline(text).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "~", "@": result += "\\" + String(scalar)
            case "." where result.lowercased().hasSuffix("www"): result += "\\."
            case "/" where result.hasSuffix(":"): result += "\\/"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
