import FullKit

/// A command line split into options and positional arguments, with usage errors named.
struct ParsedArguments {
    var positionals: [String] = []
    /// The last value of each valued option.
    var options: [String: String] = [:]
    /// Every value of each valued option, in order (for repeatable options such as `--limit`).
    var repeatedOptions: [String: [String]] = [:]
    var flags: Set<String> = []

    /// An option that was misused: its message says what and how to fix it.
    struct UsageError: Error {
        let message: String
    }

    /// Splits `arguments`; `valued` options take a value (`--format json` or `--format=json`), `flags` take none.
    init(_ arguments: [String], valued: Set<String>, flags allowedFlags: Set<String>) throws(UsageError) {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = argument
            var value: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            }
            if valued.contains(name) {
                if value == nil {
                    guard index < arguments.count else {
                        throw UsageError(message: "\(name) needs a value")
                    }
                    value = arguments[index]
                    index += 1
                }
                options[name] = value
                repeatedOptions[name, default: []].append(value!)
            } else if allowedFlags.contains(name), value == nil {
                flags.insert(name)
            } else {
                throw UsageError(message: "unknown option '\(argument)'")
            }
        }
    }
}

extension ParsedArguments {
    /// What a subcommand does after its arguments are read: run with them, or exit (help shown, usage error).
    enum Outcome {
        case run(ParsedArguments, format: String)
        case exit(ExitCode)
    }

    /// Reads a subcommand's arguments: `--format` (one of `formats`, the first is the default), `-h`/`--help`, and
    /// the subcommand's own `flags` and `valued` options. Prints `helpText` for help and a one-line error for misuse.
    static func forSubcommand(
        _ arguments: [String], name: String, formats: [String], flags: Set<String>, valued: Set<String> = [],
        helpText: String
    ) -> Outcome {
        let help = "fullkit \(name) --help"
        let parsed: ParsedArguments
        do throws(UsageError) {
            parsed = try ParsedArguments(
                arguments, valued: valued.union(["--format"]), flags: flags.union(["-h", "--help"]))
        } catch {
            return .exit(FullKitCommand.usageError(error.message, help: help))
        }
        if parsed.flags.contains("-h") || parsed.flags.contains("--help") {
            StandardStreams.out(helpText)
            return .exit(.pass)
        }
        let format = parsed.options["--format"] ?? formats[0]
        guard formats.contains(format) else {
            let choices = formats.joined(separator: " or ")
            return .exit(FullKitCommand.usageError("--format must be \(choices), not '\(format)'", help: help))
        }
        return .run(parsed, format: format)
    }

    /// The `--profile` option: `assembly` (default) or `fab`; nil (after printing the error) when it is neither.
    func profile(help: String) -> Profile? {
        let text = options["--profile"] ?? Profile.assembly.rawValue
        guard let profile = Profile(rawValue: text) else {
            _ = FullKitCommand.usageError("--profile must be assembly or fab, not '\(text)'", help: help)
            return nil
        }
        return profile
    }
}
