import FullKit

/// `fullkit rules [--format text|markdown]`
enum RulesCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        switch ParsedArguments.forSubcommand(
            arguments, name: "rules", formats: ["text", "markdown"], flags: [], helpText: HelpText.rules)
        {
        case .run(let parsed, let format):
            guard parsed.positionals.isEmpty else {
                return FullKitCommand.usageError("rules takes no paths", help: "fullkit rules --help")
            }
            StandardStreams.out(format == "markdown" ? RuleCatalog.markdown() : RuleCatalog.text())
            return .pass
        case .exit(let code):
            return code
        }
    }
}
