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
        let discovery: PackDiscovery.Discovery
        do throws(PackInputError) {
            discovery = try PackDiscovery.discover(under: parsed.positionals[0])
        } catch {
            StandardStreams.error("fullkit: error: \(error.description)\n")
            return .couldNotRun
        }
        let timeoutText = parsed.options["--timeout"] ?? "300"
        guard let timeout = Double(timeoutText), timeout > 0, timeout <= 86_400 else {
            return FullKitCommand.usageError(
                "--timeout must be a number of seconds up to 86400, not '\(timeoutText)'", help: "fullkit batch --help")
        }
        let packs = discovery.packs
        guard !packs.isEmpty || !discovery.skipped.isEmpty else {
            // A gate that finds nothing to judge must not pass: an empty or mistyped folder is a failure.
            StandardStreams.error(
                "fullkit: no pack found under \(parsed.positionals[0]) (a pack is an archive, or a folder holding Gerber, drill, BOM or XY files)\n"
            )
            if format == "jsonl" {
                StandardStreams.out(
                    JSONReportRenderer.renderLine(Summary(packs: 0, passed: 0, failed: 0, unchecked: 0)))
            } else {
                StandardStreams.out("0 packs: 0 passed, 0 failed, 0 unchecked\n")
            }
            return .fail
        }
        let bar = ProgressBar(total: packs.count, enabled: StandardStreams.errorIsTerminal)
        let tally = Mutex((passed: 0, failed: 0, unchecked: discovery.skipped.count))
        // What discovery passed over is named first and counted unchecked: a batch never drops a path silently.
        for (path, reason) in discovery.skipped {
            writeUnchecked(path: path, reason: reason, format: format)
        }
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
                    if format == "jsonl" {
                        StandardStreams.json(JSONReportRenderer.renderLine(report))
                    } else {
                        StandardStreams.out(line(report, path))
                    }
                case .failed(let reason):
                    counts.unchecked += 1
                    writeUnchecked(path: path, reason: reason, format: format)
                }
            }
        }
        bar.clear()
        let counts = tally.withLock { $0 }
        if format == "jsonl" {
            StandardStreams.out(
                JSONReportRenderer.renderLine(
                    Summary(
                        packs: packs.count + discovery.skipped.count, passed: counts.passed, failed: counts.failed,
                        unchecked: counts.unchecked)))
        } else {
            StandardStreams.out(
                "\(packs.count + discovery.skipped.count) packs: \(counts.passed) passed, \(counts.failed) failed, \(counts.unchecked) unchecked\n"
            )
        }
        return counts.failed + counts.unchecked == 0 ? .pass : .fail
    }

    /// Writes the line of a path that could not be checked.
    private static func writeUnchecked(path: String, reason: String, format: String) {
        if format == "jsonl" {
            StandardStreams.json(JSONReportRenderer.renderLine(["path": path, "error": reason]))
        } else {
            StandardStreams.out("ERROR  \(TerminalText.inline(reason))  \(TerminalText.inline(path))\n")
        }
    }

    private static func line(_ report: CheckReport, _ path: String) -> String {
        let first =
            report.findings.first { $0.severity == .error }.map {
                "  first: \($0.ruleID): \(TerminalText.inline($0.message))"
            } ?? ""
        let errors = report.counts.errors == 1 ? "1 error " : "\(report.counts.errors) errors"
        let warnings = report.counts.warnings == 1 ? "1 warning " : "\(report.counts.warnings) warnings"
        return "\(report.verdict.rawValue)  \(errors)  \(warnings)  \(TerminalText.inline(path))\(first)\n"
    }
}
