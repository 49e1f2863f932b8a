import FullKit

#if canImport(Glibc)
import Glibc
#endif

/// `fullkit batch DIR | --files-from FILE|- [--shard K/N] [--format FORMAT] [--output FILE] [--quiet] [--color WHEN]
/// [--timeout SECONDS]`
enum BatchCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        let help = "fullkit batch --help"
        let (parsed, format): (ParsedArguments, ReportFormat)
        switch ParsedArguments.forSubcommand(
            arguments, name: "batch", formats: ReportFormat.batch.map(\.rawValue), flags: OutputOptions.flags,
            valued: PolicyOptions.names.union(OutputOptions.valued).union(["--timeout", "--files-from", "--shard"]),
            helpText: HelpText.batch)
        {
        case .run(let arguments, let chosen): (parsed, format) = (arguments, ReportFormat(rawValue: chosen)!)
        case .exit(let code): return code
        }
        let timeoutText = parsed.options["--timeout"] ?? "300"
        guard let timeout = Double(timeoutText), timeout > 0, timeout <= 86_400 else {
            return FullKitCommand.usageError(
                "--timeout must be a number of seconds up to 86400, not '\(timeoutText)'", help: help)
        }
        var plan: BatchPlan
        let roots: [String]
        switch (parsed.positionals.count, parsed.options["--files-from"]) {
        case (1, nil):
            do throws(PackInputError) {
                plan = try BatchPlan.discover(under: parsed.positionals[0])
            } catch {
                StandardStreams.error("fullkit: error: \(error.description)\n")
                return .couldNotRun
            }
            roots = parsed.positionals
        case (0, let list?):
            guard let text = StandardStreams.readAll(list == "-" ? nil : list) else {
                StandardStreams.error("fullkit: error: cannot read the list --files-from \(list)\n")
                return .couldNotRun
            }
            plan = BatchPlan.listed(text)
            roots = plan.entries.map(\.path)
        default:
            return FullKitCommand.usageError(
                "give exactly one DIR, or --files-from FILE (- for standard input)", help: help)
        }
        if let shard = parsed.options["--shard"] {
            guard let (index, count) = Self.shard(shard) else {
                return FullKitCommand.usageError(
                    "--shard takes K/N with 1 <= K <= N (e.g. 2/8), not '\(shard)'", help: help)
            }
            plan = plan.shard(index, of: count)
        }
        // Validate the options and the operator's policy once here; each worker applies the same ones.
        guard PolicyOptions.checker(parsed, inputs: roots, help: help) != nil,
            let output = OutputOptions(parsed, inputs: roots, help: help)
        else {
            return .couldNotRun
        }
        if plan.entries.isEmpty && parsed.options["--shard"] == nil {
            // A gate that finds nothing to judge must not pass: an empty or mistyped folder is a failure.
            let source = parsed.positionals.first.map { "under \($0)" } ?? "in the list"
            StandardStreams.error(
                "fullkit: no pack found \(source) (a pack is an archive, or a folder holding Gerber, drill, BOM or XY files)\n"
            )
        }
        let writer = BatchWriter(format: format, output: output, total: plan.entries.count)
        let interruption = writer.stopOnInterrupt()
        let isolated = IsolatedCheck(timeout: timeout, workerArguments: PolicyOptions.forwarded(parsed, inputs: roots))
        let skipped = Dictionary(plan.entries.compactMap { entry in entry.skipReason.map { (entry.path, $0) } }) {
            a, _ in a
        }
        let runner = BatchRunner { path in
            // What could not be searched or does not exist is reported in its place: a batch never drops a path.
            if let reason = skipped[path] { return .unchecked(reason: reason) }
            return isolated.run(path)
        }
        runner.run(plan.entries.map(\.path)) { done in
            writer.progress(done: done)
        } report: { _, path, outcome in
            writer.add(PackResult(path: path, outcome: outcome))
        }
        for source in interruption { source.cancel() }
        guard let summary = writer.finish() else { return .couldNotRun }
        // A shard with no pack passes: the other shards hold the packs; `merge` judges the whole.
        if plan.entries.isEmpty && parsed.options["--shard"] != nil { return .pass }
        return summary.allPassed ? .pass : .fail
    }

    /// `K/N` as (K, N), when 1 ≤ K ≤ N.
    static func shard(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
            (1...count).contains(index)
        else { return nil }
        return (index, count)
    }
}
