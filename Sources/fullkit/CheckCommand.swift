import FullKit

/// `fullkit check PATH... [--format text|json] [--verbose]`
enum CheckCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        let (parsed, format): (ParsedArguments, String)
        switch ParsedArguments.forSubcommand(
            arguments, name: "check", formats: ["text", "json"], flags: ["--verbose"], valued: PolicyOptions.names,
            helpText: HelpText.check)
        {
        case .run(let arguments, let chosen): (parsed, format) = (arguments, chosen)
        case .exit(let code): return code
        }
        guard !parsed.positionals.isEmpty else {
            return FullKitCommand.usageError(
                "give at least one PATH (a ZIP, a folder or files)", help: "fullkit check --help")
        }
        guard let checker = PolicyOptions.checker(parsed, inputs: parsed.positionals, help: "fullkit check --help")
        else {
            return .couldNotRun
        }
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
}
