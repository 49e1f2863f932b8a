import FullKit

/// `fullkit render PATH... [--side top|bottom] [--layers KIND,...] [--output FILE] [--limit NAME=VALUE]...`
enum RenderCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        let help = "fullkit render --help"
        let parsed: ParsedArguments
        switch ParsedArguments.forSubcommand(
            arguments, name: "render", formats: ["svg"], flags: ["--quiet"],
            valued: ["--limit", "--output", "--side", "--layers"], helpText: HelpText.render)
        {
        case .run(let arguments, _): parsed = arguments
        case .exit(let code): return code
        }
        guard !parsed.positionals.isEmpty else {
            return FullKitCommand.usageError("give the PATHs of the pack to draw", help: help)
        }
        let sideName = parsed.options["--side"] ?? "top"
        guard let side = BoardSide(rawValue: sideName), side != .inner else {
            return FullKitCommand.usageError("--side takes top or bottom, not '\(sideName)'", help: help)
        }
        var kinds = Set(BoardArtwork.Kind.allCases)
        if let list = parsed.options["--layers"] {
            let names = list.split(separator: ",").map { String($0) }
            let unknown = names.filter { BoardArtwork.Kind(rawValue: $0) == nil }
            guard unknown.isEmpty, !names.isEmpty else {
                let known = BoardArtwork.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                return FullKitCommand.usageError(
                    "--layers takes kinds among \(known), not '\(unknown.first ?? list)'", help: help)
            }
            kinds = Set(names.compactMap(BoardArtwork.Kind.init(rawValue:)))
        }
        guard let limits = PolicyOptions.limits(parsed),
            let output = OutputOptions(parsed, inputs: parsed.positionals, help: help)
        else { return .couldNotRun }
        let loaded: LoadedPack
        do throws(PackInputError) {
            loaded = try PackLoader(limits: limits).load(parsed.positionals)
        } catch {
            output.sink.abandon()
            StandardStreams.error("fullkit: error: cannot read \(error.description)\n")
            return .couldNotRun
        }
        let pack = PackAnalyzer.analyze(loaded, limits: limits, recordingImages: true)
        let artwork = BoardArtwork(pack)
        output.sink.write(BoardSVGRenderer.render(artwork, side: side, kinds: kinds))
        guard output.sink.finish() else { return .couldNotRun }
        return .pass
    }
}
