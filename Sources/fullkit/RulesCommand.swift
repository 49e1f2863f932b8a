import FullKit

/// `fullkit rules [ID...] [--format text|markdown]`
enum RulesCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        switch ParsedArguments.forSubcommand(
            arguments, name: "rules", formats: ["text", "markdown"], flags: [], helpText: HelpText.rules)
        {
        case .run(let parsed, let format):
            var rules: [Rule] = []
            for id in parsed.positionals {
                guard let rule = RuleCatalog.rule(id: id.uppercased()) else {
                    let near = RuleCatalog.allRules.map(\.id).filter { $0.contains(id.uppercased()) }.prefix(5)
                    let hint = near.isEmpty ? "" : "; did you mean \(near.joined(separator: ", "))?"
                    return FullKitCommand.usageError("no rule '\(id)'\(hint)", help: "fullkit rules")
                }
                rules.append(rule)
            }
            if rules.isEmpty {
                StandardStreams.out(format == "markdown" ? RuleCatalog.markdown() : RuleCatalog.text())
            } else {
                StandardStreams.out(format == "markdown" ? RuleCatalog.markdown(rules) : RuleCatalog.text(rules))
            }
            return .pass
        case .exit(let code):
            return code
        }
    }
}
