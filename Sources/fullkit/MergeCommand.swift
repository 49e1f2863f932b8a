import FullKit

/// `fullkit merge FILE... [--format FORMAT] [--output FILE] [--quiet] [--color WHEN]`: the JSON Lines outputs of
/// batch shards combined into what one batch over all their packs gives: the same lines in the same order, the
/// summary, the exit code, or any other format.
enum MergeCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        let help = "fullkit merge --help"
        let (parsed, format): (ParsedArguments, ReportFormat)
        switch ParsedArguments.forSubcommand(
            arguments, name: "merge", formats: ReportFormat.batch.map(\.rawValue), flags: OutputOptions.flags,
            valued: OutputOptions.valued, helpText: HelpText.merge)
        {
        case .run(let arguments, let chosen): (parsed, format) = (arguments, ReportFormat(rawValue: chosen)!)
        case .exit(let code): return code
        }
        guard !parsed.positionals.isEmpty else {
            return FullKitCommand.usageError("give the JSONL files of the shards (- for standard input)", help: help)
        }
        var log = BatchLog()
        for file in parsed.positionals {
            guard let bytes = StandardStreams.readBytes(file == "-" ? nil : file) else {
                StandardStreams.error("fullkit: error: cannot read \(file)\n")
                return .couldNotRun
            }
            let before = log.summaries.count
            do throws(BatchLog.LineError) {
                try log.read(bytes)
            } catch {
                StandardStreams.error("fullkit: error: \(file): \(error.description)\n")
                return .couldNotRun
            }
            // A shard output without its summary line was cut short: merging it would pass packs never checked.
            guard log.summaries.count == before + 1 else {
                StandardStreams.error(
                    "fullkit: error: \(file) has \(log.summaries.count - before) summary lines, not 1: it is not the whole output of one batch (cut short, or several joined)\n"
                )
                return .couldNotRun
            }
            if log.summaries.last?.interrupted == true {
                StandardStreams.error("fullkit: error: \(file) is the output of a batch stopped by Ctrl-C\n")
                return .couldNotRun
            }
        }
        var seen = Set<String>()
        for result in log.results where !seen.insert(result.path).inserted {
            StandardStreams.error("fullkit: error: the pack \(result.path) is in more than one shard output\n")
            return .couldNotRun
        }
        guard let output = OutputOptions(parsed, inputs: parsed.positionals.filter { $0 != "-" }, help: help) else {
            return .couldNotRun
        }
        let writer = BatchWriter(format: format, output: output, total: 0)
        // The order one batch gives: sorted by path (`BatchPlan`).
        for result in log.results.sorted(by: { $0.path < $1.path }) { writer.add(result) }
        guard let summary = writer.finish() else { return .couldNotRun }
        return summary.allPassed ? .pass : .fail
    }
}
