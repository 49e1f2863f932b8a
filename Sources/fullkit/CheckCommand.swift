import Dispatch
import FullKit

#if canImport(Glibc)
import Glibc
#endif

/// `fullkit check PATH... [--format text|json] [--verbose] [--timeout SECONDS]`
enum CheckCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        let (parsed, format): (ParsedArguments, String)
        switch ParsedArguments.forSubcommand(
            arguments, name: "check", formats: ["text", "json"], flags: ["--verbose"],
            valued: PolicyOptions.names.union(["--timeout"]), helpText: HelpText.check)
        {
        case .run(let arguments, let chosen): (parsed, format) = (arguments, chosen)
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
        startWatchdog(seconds: timeout, text: timeoutText)
        let report: CheckReport
        do throws(PackInputError) {
            report = try checker.check(parsed.positionals)
        } catch {
            StandardStreams.error("fullkit: error: cannot read \(error.description)\n")
            return .couldNotRun
        }
        if format == "json" {
            StandardStreams.json(JSONReportRenderer.render(report))
        } else {
            StandardStreams.out(TextReportRenderer(verbose: parsed.flags.contains("--verbose")).render(report))
        }
        let renderer = TextReportRenderer()
        StandardStreams.error(renderer.verdictLine(report) + "\n")
        return report.verdict == .pass ? .pass : .fail
    }

    /// Past `seconds`, ends the process with exit 1: a pack that cannot be judged in time is not accepted. The
    /// read limits bound every known cost far below the default; this is the backstop for an unknown one.
    private static func startWatchdog(seconds: Double, text: String) {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
            StandardStreams.error(
                "fullkit: error: the check ran past its time budget of \(text) s (--timeout); the pack is not judged, so it is rejected\n"
            )
            _exit(ExitCode.fail.rawValue)
        }
    }
}
