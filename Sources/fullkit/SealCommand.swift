import FullKit

#if canImport(Glibc)
import Glibc
#endif

/// `fullkit seal PACK... [--output FILE] [--quiet] [--profile P] [--policy FILE] [--limit NAME=VALUE]...`
enum SealCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        let help = "fullkit seal --help"
        let parsed: ParsedArguments
        switch ParsedArguments.forSubcommand(
            arguments, name: "seal", formats: ["json"], flags: ["--quiet"],
            valued: PolicyOptions.names.union(["--output"]), helpText: HelpText.seal)
        {
        case .run(let arguments, _): parsed = arguments
        case .exit(let code): return code
        }
        guard !parsed.positionals.isEmpty else {
            return FullKitCommand.usageError("give the PATHs of the pack to seal", help: help)
        }
        guard let checker = PolicyOptions.checker(parsed, inputs: parsed.positionals, help: help),
            let output = OutputOptions(parsed, inputs: parsed.positionals, help: help)
        else {
            return .couldNotRun
        }
        let seal: PackSeal
        do throws(PackSealer.Refusal) {
            (seal, _) = try PackSealer(checker: checker).seal(parsed.positionals, sealedAt: Self.now())
        } catch {
            output.sink.abandon()
            switch error {
            case .unreadable(let reason):
                StandardStreams.error("fullkit: error: cannot read \(reason.description)\n")
                return .couldNotRun
            case .failing(let report):
                StandardStreams.error(
                    "fullkit: error: \(TextReportRenderer().verdictLine(report)); a failing pack cannot be sealed (see fullkit check)\n"
                )
                return .fail
            }
        }
        output.sink.json(JSONReportRenderer.render(seal))
        guard output.sink.finish() else { return .couldNotRun }
        if !output.quiet {
            StandardStreams.error(
                "sealed: PASS, \(CountedNoun.phrase(seal.contents.inputs.count, "input file")) and \(CountedNoun.phrase(seal.contents.files.count, "pack file")) fingerprinted (SHA-256)\n"
            )
        }
        return .pass
    }

    /// The time now, ISO 8601 in UTC (`2026-11-30T20:15:00Z`).
    static func now() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
