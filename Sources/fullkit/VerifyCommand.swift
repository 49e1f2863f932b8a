import FoundationEssentials
import FullKit

/// `fullkit verify SEAL PACK... [--quiet] [--limit NAME=VALUE]...`
enum VerifyCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        let help = "fullkit verify --help"
        let parsed: ParsedArguments
        switch ParsedArguments.forSubcommand(
            arguments, name: "verify", formats: ["text"], flags: ["--quiet"], valued: ["--limit"],
            helpText: HelpText.verify)
        {
        case .run(let arguments, _): parsed = arguments
        case .exit(let code): return code
        }
        guard parsed.positionals.count >= 2 else {
            return FullKitCommand.usageError("give the seal file, then the PATHs of the pack", help: help)
        }
        let sealPath = parsed.positionals[0]
        let inputs = Array(parsed.positionals.dropFirst())
        guard let bytes = StandardStreams.readBytes(sealPath) else {
            StandardStreams.error("fullkit: error: cannot read the seal \(sealPath)\n")
            return .couldNotRun
        }
        guard let seal = try? JSONDecoder().decode(PackSeal.self, from: Data(bytes)),
            seal.schema == PackSeal.schemaIdentifier
        else {
            StandardStreams.error(
                "fullkit: error: \(sealPath) is not a seal of schema \(PackSeal.schemaIdentifier) (made by fullkit seal)\n"
            )
            return .couldNotRun
        }
        guard let limits = PolicyOptions.limits(parsed) else { return .couldNotRun }
        let now: PackSeal.Contents
        do throws(PackInputError) {
            now = try PackSealer.contents(of: inputs, limits: limits)
        } catch {
            StandardStreams.error("fullkit: error: cannot read \(error.description)\n")
            return .couldNotRun
        }
        let differences = SealDifference.between(sealed: seal.contents, now: now)
        let quiet = parsed.flags.contains("--quiet")
        guard differences.isEmpty else {
            if !quiet {
                StandardStreams.out(differences.map { "\($0)\n" }.joined())
                StandardStreams.error(
                    "NOT VERIFIED: \(differences.count) difference\(differences.count == 1 ? "" : "s") from the seal of \(seal.sealedAt); this is not the pack that was accepted\n"
                )
            }
            return .fail
        }
        if !quiet {
            StandardStreams.error(
                "VERIFIED: every byte is as sealed at \(seal.sealedAt) (\(CountedNoun.phrase(seal.contents.inputs.count, "input file")), \(CountedNoun.phrase(seal.contents.files.count, "pack file")); \(seal.verdict.rawValue) by FullKit \(seal.fullkitVersion))\n"
            )
        }
        return .pass
    }
}
