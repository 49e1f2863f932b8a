import FullKit

/// The top-level command: dispatches to a subcommand, prints help and version.
enum FullKitCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        guard let first = arguments.first else {
            StandardStreams.error(HelpText.main)
            return .couldNotRun
        }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "-h", "--help":
            StandardStreams.out(HelpText.main)
            return .pass
        case "help":
            let texts = [
                "check": HelpText.check, "batch": HelpText.batch, "merge": HelpText.merge, "seal": HelpText.seal,
                "verify": HelpText.verify, "inspect": HelpText.inspect, "render": HelpText.render,
                "rules": HelpText.rules,
            ]
            guard let topic = rest.first else {
                StandardStreams.out(HelpText.main)
                return .pass
            }
            guard let text = texts[topic] else {
                return usageError(
                    "no help on '\(topic)': the subcommands are check, batch, merge, seal, verify, inspect, render and rules",
                    help: "fullkit --help"
                )
            }
            StandardStreams.out(text)
            return .pass
        case "--version":
            StandardStreams.out("fullkit \(FullKitVersion.current)\n")
            return .pass
        case "check":
            return CheckCommand.run(rest)
        case "batch":
            return BatchCommand.run(rest)
        case "merge":
            return MergeCommand.run(rest)
        case "seal":
            return SealCommand.run(rest)
        case "verify":
            return VerifyCommand.run(rest)
        case "inspect":
            return InspectCommand.run(rest)
        case "render":
            return RenderCommand.run(rest)
        case "rules":
            return RulesCommand.run(rest)
        case "worker":
            return WorkerCommand.run(rest)
        default:
            return usageError("unknown subcommand '\(first)'", help: "fullkit --help")
        }
    }

    /// Prints a one-line usage error and where to find help; returns exit code 2.
    static func usageError(_ message: String, help: String) -> ExitCode {
        StandardStreams.error("fullkit: error: \(message) (see '\(help)')\n")
        return .couldNotRun
    }
}
