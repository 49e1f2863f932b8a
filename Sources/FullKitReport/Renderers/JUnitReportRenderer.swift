import FullKitCore

/// Renders packs' results as JUnit XML (`--format junit`), the test report Jenkins and GitLab show: a test suite per
/// pack, a test case per rule of the catalogue; a rule with error findings fails and its failure lists them (file,
/// line:column, message, fix); warnings and infos are the test case's output. A pack that could not be checked is a
/// suite with one test case in error.
public struct JUnitReportRenderer: Sendable {
    /// The rules that become test cases, in catalogue order.
    public var rules: [Rule]

    /// A renderer with a test case per rule of `rules` (normally `RuleCatalog.allRules`).
    public init(rules: [Rule]) {
        self.rules = rules
    }

    /// The XML document for `results`.
    public func render(_ results: [PackResult]) -> String {
        var suites: [String] = []
        var totals = (tests: 0, failures: 0, errors: 0)
        var seconds = 0.0
        for result in results {
            guard let report = result.report else {
                let reason = result.uncheckedReason ?? ""
                totals.tests += 1
                totals.errors += 1
                suites.append(
                    """
                      <testsuite name="\(XMLText.escaped(result.path))" tests="1" failures="0" errors="1" skipped="0" time="0">
                        <testcase classname="\(XMLText.escaped(result.path))" name="check" time="0">
                          <error type="UNCHECKED" message="\(XMLText.escaped(reason))">\(XMLText.escaped(reason))</error>
                        </testcase>
                      </testsuite>
                    """)
                continue
            }
            let time = report.timings.totalMilliseconds / 1000
            seconds += time
            let byRule = Dictionary(grouping: report.findings, by: \.ruleID)
            var cases: [String] = []
            var failures = 0
            for rule in rules {
                let findings = byRule[rule.id] ?? []
                let errors = findings.filter { $0.severity == .error }
                let others = findings.filter { $0.severity != .error }
                var body = ""
                if let first = errors.first {
                    failures += 1
                    let message = errors.count == 1 ? first.message : "\(first.message) (and \(errors.count - 1) more)"
                    body +=
                        "\n      <failure type=\"\(rule.id)\" message=\"\(XMLText.escaped(message))\">"
                        + XMLText.escaped(errors.map(Self.line).joined(separator: "\n")) + "</failure>"
                }
                if !others.isEmpty {
                    body +=
                        "\n      <system-out>" + XMLText.escaped(others.map(Self.line).joined(separator: "\n"))
                        + "</system-out>"
                }
                let open = "    <testcase classname=\"\(XMLText.escaped(result.path))\" name=\"\(rule.id)\" time=\"0\""
                cases.append(body.isEmpty ? open + "/>" : open + ">" + body + "\n    </testcase>")
            }
            totals.tests += rules.count
            totals.failures += failures
            let properties = [
                ("verdict", report.verdict.rawValue), ("profile", report.profile.rawValue),
                ("policy", report.policyFile ?? "none"), ("policySHA256", report.policySHA256 ?? ""),
                ("fullkitVersion", report.fullkitVersion),
            ].map { "      <property name=\"\($0.0)\" value=\"\(XMLText.escaped($0.1))\"/>" }
            suites.append(
                "  <testsuite name=\"\(XMLText.escaped(result.path))\" tests=\"\(rules.count)\" failures=\"\(failures)\""
                    + " errors=\"0\" skipped=\"0\" time=\"\(Self.seconds(time))\">\n    <properties>\n"
                    + properties.joined(separator: "\n") + "\n    </properties>\n" + cases.joined(separator: "\n")
                    + "\n  </testsuite>")
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"FullKit\" tests=\"\(totals.tests)\" failures=\"\(totals.failures)\""
            + " errors=\"\(totals.errors)\" time=\"\(Self.seconds(seconds))\">\n"
            + suites.joined(separator: "\n") + (suites.isEmpty ? "" : "\n") + "</testsuites>\n"
    }

    /// One finding as a line of a failure or of the output: severity, file, line:column, rule, message and fix.
    private static func line(_ finding: Finding) -> String {
        let place = (finding.file ?? "the pack as a whole") + (finding.location.map { ":\($0)" } ?? "")
        return "\(finding.severity.rawValue): \(place): \(finding.message) (fix: \(finding.fix))"
    }

    private static func seconds(_ value: Double) -> String {
        String((value * 1000).rounded() / 1000)
    }
}
