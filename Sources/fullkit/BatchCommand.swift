import FullKit
import Synchronization

/// `fullkit batch DIR [--format text|jsonl]`
enum BatchCommand {
    /// The closing line of a batch in JSON Lines form.
    struct Summary: Encodable {
        var summary = true
        var packs: Int
        var passed: Int
        var failed: Int
        /// Packs that could not be checked: unreadable input, a crash, or past the time limit.
        var unchecked: Int
    }

    static func run(_ arguments: [String]) -> ExitCode {
        let (parsed, format): (ParsedArguments, String)
        switch ParsedArguments.forSubcommand(
            arguments, name: "batch", formats: ["text", "jsonl"], flags: [],
            valued: PolicyOptions.names.union(["--timeout"]), helpText: HelpText.batch)
        {
        case .run(let arguments, let chosen): (parsed, format) = (arguments, chosen)
        case .exit(let code): return code
        }
        guard parsed.positionals.count == 1 else {
            return FullKitCommand.usageError("give exactly one DIR", help: "fullkit batch --help")
        }
        let packs: [String]
        do throws(PackInputError) {
            packs = try PackDiscovery.packs(under: parsed.positionals[0])
        } catch {
            StandardStreams.error("fullkit: error: \(error.description)\n")
            return .couldNotRun
        }
        let timeoutText = parsed.options["--timeout"] ?? "300"
        guard let timeout = Double(timeoutText), timeout > 0, timeout <= 86_400 else {
            return FullKitCommand.usageError(
                "--timeout must be a number of seconds up to 86400, not '\(timeoutText)'", help: "fullkit batch --help")
        }
        let bar = ProgressBar(total: packs.count, enabled: StandardStreams.errorIsTerminal)
        let tally = Mutex((passed: 0, failed: 0, unchecked: 0))
        // Validate the options and the operator's policy once here; each worker applies the same ones.
        let root = [parsed.positionals[0]]
        guard PolicyOptions.checker(parsed, inputs: root, help: "fullkit batch --help") != nil else {
            return .couldNotRun
        }
        let isolated = IsolatedCheck(timeout: timeout, workerArguments: PolicyOptions.forwarded(parsed, inputs: root))
        BatchRunner(check: isolated.run).run(packs) { done in
            let failed = tally.withLock { $0.failed + $0.unchecked }
            bar.draw(done: done, failed: failed)
        } report: { _, path, outcome in
            bar.clear()
            tally.withLock { counts in
                switch outcome {
                case .checked(let report):
                    if report.verdict == .pass { counts.passed += 1 } else { counts.failed += 1 }
                    StandardStreams.out(format == "jsonl" ? JSONReportRenderer.renderLine(report) : line(report, path))
                case .failed(let reason):
                    counts.unchecked += 1
                    StandardStreams.out(
                        format == "jsonl"
                            ? JSONReportRenderer.renderLine(["path": path, "error": reason])
                            : "ERROR  \(reason)  \(path)\n")
                }
            }
        }
        bar.clear()
        let counts = tally.withLock { $0 }
        if format == "jsonl" {
            StandardStreams.out(
                JSONReportRenderer.renderLine(
                    Summary(
                        packs: packs.count, passed: counts.passed, failed: counts.failed, unchecked: counts.unchecked)))
        } else {
            StandardStreams.out(
                "\(packs.count) packs: \(counts.passed) passed, \(counts.failed) failed, \(counts.unchecked) unchecked\n"
            )
        }
        return counts.failed + counts.unchecked == 0 ? .pass : .fail
    }

    private static func line(_ report: CheckReport, _ path: String) -> String {
        let first = report.findings.first { $0.severity == .error }.map { "  first: \($0.ruleID): \($0.message)" } ?? ""
        let errors = report.counts.errors == 1 ? "1 error " : "\(report.counts.errors) errors"
        let warnings = report.counts.warnings == 1 ? "1 warning " : "\(report.counts.warnings) warnings"
        return "\(report.verdict.rawValue)  \(errors)  \(warnings)  \(path)\(first)\n"
    }
}
