import FullKitCore

/// Renders packs' results as GitHub Actions workflow commands (`--format github`): one `::error`, `::warning` or
/// `::notice` line per finding with `file`, `line`, `col` and the rule ID as `title`, which GitHub shows as
/// annotations on the run and on the files of a pull request; then a notice per pack with its verdict. A finding in an
/// archive member is annotated on the archive, the member named in the message.
///
/// Text from the pack is escaped as the workflow-command syntax requires (`%`, CR, LF, and in properties `:` and
/// `,`), so a file name or cell cannot end the command early or start another one.
public enum GitHubAnnotationRenderer {
    /// The workflow commands for `results`, one per line.
    public static func render(_ results: [PackResult]) -> String {
        var lines: [String] = []
        for result in results {
            guard let report = result.report else {
                let reason = result.uncheckedReason ?? ""
                lines.append(
                    "::error file=\(property(result.path)),title=UNCHECKED::\(data("\(result.path) could not be checked: \(reason)"))"
                )
                continue
            }
            for finding in report.findings {
                let artifact = report.artifact(for: finding.file)
                var properties = ["file=\(property(artifact.path))"]
                if let location = finding.location, artifact.member == nil {
                    properties.append("line=\(location.line)")
                    properties.append("col=\(location.column)")
                }
                properties.append("title=\(property(finding.ruleID))")
                let place = artifact.member.map { member in
                    "[\(member)\(finding.location.map { ":\($0)" } ?? "")] "
                }
                let text = (place ?? "") + finding.message + "\nfix: " + finding.fix
                lines.append("::\(command(finding.severity)) \(properties.joined(separator: ","))::\(data(text))")
            }
            lines.append(
                "::notice title=FullKit \(report.verdict.rawValue)::\(data("\(result.path): \(report.verdict.handoff) (\(report.counts.errorsAndWarnings))"))"
            )
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// The workflow command for a severity.
    private static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// A command's message: `%`, CR and LF escaped; other control characters shown visibly.
    static func data(_ text: String) -> String {
        escaped(text, [])
    }

    /// A command's property value: as `data`, and `:` and `,` escaped too.
    static func property(_ text: String) -> String {
        escaped(text, [":", ","])
    }

    /// `text` with `%`, CR, LF and `extra` percent-encoded, scalar by scalar (a CR LF pair, or a `:` with a combining
    /// mark, is one `Character`, so a `Character`-wise replacement would miss it).
    private static func escaped(_ text: String, _ extra: Set<Unicode.Scalar>) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "%" || scalar == "\r" || scalar == "\n" || extra.contains(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "%" + (hex.count < 2 ? "0" : "") + hex
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return TerminalText.sanitized(result)
    }
}
