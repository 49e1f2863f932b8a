import Dispatch
import FullKit
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Writes a batch's results as they come: a line per pack for `text` and `jsonl`, or the whole document at the end
/// for the CI formats; the progress bar on a terminal; the summary; and, on Ctrl-C, the summary of what was finished.
final class BatchWriter: Sendable {
    private let format: ReportFormat
    private let output: OutputOptions
    private let bar: ProgressBar
    private let state = Mutex(State())

    private struct State {
        var results: [PackResult] = []
        var summary = BatchSummary(packs: 0, passed: 0, failed: 0, unchecked: 0)
    }

    /// A writer of results in `format` to `output`, with a progress bar over the `total` packs to check.
    init(format: ReportFormat, output: OutputOptions, total: Int) {
        self.format = format
        self.output = output
        bar = ProgressBar(total: total, enabled: StandardStreams.errorIsTerminal && !output.quiet)
    }

    /// Redraws the progress bar after `done` packs.
    func progress(done: Int) {
        let failed = state.withLock { $0.summary.failed + $0.summary.unchecked }
        bar.draw(done: done, failed: failed)
    }

    /// Records one pack's result and writes its line (line formats).
    func add(_ result: PackResult) {
        state.withLock { state in
            state.summary.packs += 1
            switch result.outcome {
            case .checked(let report):
                if report.verdict == .pass { state.summary.passed += 1 } else { state.summary.failed += 1 }
            case .unchecked:
                state.summary.unchecked += 1
            }
            if format.isDocument {
                state.results.append(result)
            } else if output.writesReport {
                bar.clear()
                write(line: result)
            }
        }
    }

    /// Writes the summary (or the document) and completes the output file; the summary, or nil when the output file
    /// could not be written.
    func finish() -> BatchSummary? {
        bar.clear()
        let (results, summary) = state.withLock { ($0.results, $0.summary) }
        if output.writesReport {
            if format.isDocument { format.write(results, to: output.sink) } else { write(summary: summary) }
        }
        guard output.sink.finish() else { return nil }
        return summary
    }

    /// On Ctrl-C (SIGINT, exit 130) or SIGTERM (exit 143): clears the bar, writes the summary of the packs finished
    /// so far (standard error, and standard output for the line formats), drops an unfinished `--output` file.
    func stopOnInterrupt() -> [any DispatchSourceSignal] {
        StopSignals.handle { [self] number in
            // Under the lock: no pack's line is being written meanwhile.
            state.withLock { state in
                bar.clear()
                if !format.isDocument && output.writesReport && !output.sink.isFile {
                    var interrupted = state.summary
                    interrupted.interrupted = true
                    write(summary: interrupted)
                }
                output.sink.abandon()
                StandardStreams.error("fullkit: interrupted; finished before the stop: \(state.summary.line)\n")
            }
            _exit(128 + number)
        }
    }

    private func write(line result: PackResult) {
        switch result.outcome {
        case .checked(let report) where format == .jsonl:
            output.sink.json(JSONReportRenderer.renderLine(report))
        case .checked(let report):
            text(Self.line(report, result.path))
        case .unchecked(let reason) where format == .jsonl:
            output.sink.json(JSONReportRenderer.renderLine(["path": result.path, "error": reason]))
        case .unchecked(let reason):
            text("ERROR  \(TerminalText.inline(reason))  \(TerminalText.inline(result.path))\n")
        }
    }

    private func write(summary: BatchSummary) {
        if format == .jsonl {
            output.sink.json(JSONReportRenderer.renderLine(summary))
        } else {
            text(summary.line + (summary.interrupted == true ? " (interrupted)" : "") + "\n")
        }
    }

    private func text(_ line: String) {
        if output.color { output.sink.styled(TerminalStyle.painted(line)) } else { output.sink.write(line) }
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
