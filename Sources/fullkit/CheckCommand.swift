import FullKit

/// `fullkit check PATH... [--format text|json] [--verbose]`
enum CheckCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        let parsed: ParsedArguments
        do throws(ParsedArguments.UsageError) {
            parsed = try ParsedArguments(arguments, valued: ["--format"], flags: ["--verbose", "-h", "--help"])
        } catch {
            return FullKitCommand.usageError(error.message, help: "fullkit check --help")
        }
        if parsed.flags.contains("-h") || parsed.flags.contains("--help") {
            StandardStreams.out(HelpText.check)
            return .pass
        }
        let format = parsed.options["--format"] ?? "text"
        guard format == "text" || format == "json" else {
            return FullKitCommand.usageError("--format must be text or json, not '\(format)'", help: "fullkit check --help")
        }
        guard !parsed.positionals.isEmpty else {
            return FullKitCommand.usageError("give at least one PATH (a ZIP, a folder or files)", help: "fullkit check --help")
        }
        let report: CheckReport
        do throws(PackInputError) {
            report = try PackChecker().check(parsed.positionals)
        } catch {
            StandardStreams.error("fullkit: error: cannot read \(error.description)\n")
            return .couldNotRun
        }
        if format == "json" {
            StandardStreams.out(JSONReportRenderer.render(report))
        } else {
            StandardStreams.out(TextReportRenderer(verbose: parsed.flags.contains("--verbose")).render(report))
        }
        let renderer = TextReportRenderer()
        StandardStreams.error(renderer.verdictLine(report) + "\n")
        return report.verdict == .pass ? .pass : .fail
    }
}
