import Dispatch
import FullKit

#if canImport(Glibc)
import Glibc
#endif

/// `fullkit check PATH... [--format FORMAT] [--output FILE] [--quiet] [--color WHEN] [--verbose] [--timeout SECONDS]`
enum CheckCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        let (parsed, format): (ParsedArguments, ReportFormat)
        switch ParsedArguments.forSubcommand(
            arguments, name: "check", formats: ReportFormat.check.map(\.rawValue),
            flags: OutputOptions.flags.union(["--verbose"]),
            valued: PolicyOptions.names.union(OutputOptions.valued).union(["--timeout"]), helpText: HelpText.check)
        {
        case .run(let arguments, let chosen): (parsed, format) = (arguments, ReportFormat(rawValue: chosen)!)
        case .exit(let code): return code
        }
        guard !parsed.positionals.isEmpty else {
            return FullKitCommand.usageError(
                "give at least one PATH (a ZIP, a folder or files)", help: "fullkit check --help")
        }
        let timeoutText = parsed.options["--timeout"] ?? "300"
        guard let timeout = Double(timeoutText), timeout > 0, timeout <= 86_400 else {
            return FullKitCommand.usageError(
                "--timeout must be a number of seconds up to 86400, not '\(timeoutText)'", help: "fullkit check --help")
        }
        guard let checker = PolicyOptions.checker(parsed, inputs: parsed.positionals, help: "fullkit check --help")
        else {
            return .couldNotRun
        }
        guard let output = OutputOptions(parsed, inputs: parsed.positionals, help: "fullkit check --help") else {
            return .couldNotRun
        }
        startWatchdog(seconds: timeout, text: timeoutText, output: output.sink)
        let interruption = abandonOnSignals(output.sink)
        defer { for source in interruption { source.cancel() } }
        let report: CheckReport
        var artwork: BoardArtwork?
        do throws(PackInputError) {
            if format == .html {
                (report, artwork) = try checker.checkDrawn(parsed.positionals)
            } else {
                report = try checker.check(parsed.positionals)
            }
        } catch {
            output.sink.abandon()
            StandardStreams.error("fullkit: error: cannot read \(error.description)\n")
            return .couldNotRun
        }
        if output.writesReport {
            switch format {
            case .text:
                let renderer = TextReportRenderer(verbose: parsed.flags.contains("--verbose"), color: output.color)
                let text = renderer.render(report)
                if output.color { output.sink.styled(text) } else { output.sink.write(text) }
            case .html:
                output.sink.write(HTMLReportRenderer().render(report, artwork: artwork))
            default:
                format.write(
                    [PackResult(path: parsed.positionals.joined(separator: " "), outcome: .checked(report))],
                    to: output.sink)
            }
        }
        guard output.sink.finish() else { return .couldNotRun }
        if !output.quiet {
            StandardStreams.error(TextReportRenderer().verdictLine(report) + "\n")
        }
        return report.verdict == .pass ? .pass : .fail
    }

    /// On Ctrl-C (SIGINT) or SIGTERM, drops an unfinished `--output` file (the old report stays) and exits 128 + the
    /// signal's number, as the default action would.
    private static func abandonOnSignals(_ sink: ReportSink) -> [any DispatchSourceSignal] {
        guard sink.isFile else { return [] }
        return StopSignals.handle { number in
            sink.abandon()
            _exit(128 + number)
        }
    }

    /// Past `seconds`, ends the process with exit 1: a pack that cannot be judged in time is not accepted. The
    /// read limits bound every known cost far below the default; this is the backstop for an unknown one.
    private static func startWatchdog(seconds: Double, text: String, output: ReportSink) {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
            output.abandon()
            StandardStreams.error(
                "fullkit: error: the check ran past its time budget of \(text) s (--timeout); the pack is not judged, so it is rejected\n"
            )
            _exit(ExitCode.fail.rawValue)
        }
    }
}
