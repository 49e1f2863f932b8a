import Dispatch
import FullKit
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// `fullkit batch DIR [--format FORMAT] [--output FILE] [--quiet] [--color WHEN] [--timeout SECONDS]`
enum BatchCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        let (parsed, format): (ParsedArguments, ReportFormat)
        switch ParsedArguments.forSubcommand(
            arguments, name: "batch", formats: ReportFormat.batch.map(\.rawValue), flags: OutputOptions.flags,
            valued: PolicyOptions.names.union(OutputOptions.valued).union(["--timeout"]), helpText: HelpText.batch)
        {
        case .run(let arguments, let chosen): (parsed, format) = (arguments, ReportFormat(rawValue: chosen)!)
        case .exit(let code): return code
        }
        guard parsed.positionals.count == 1 else {
            return FullKitCommand.usageError("give exactly one DIR", help: "fullkit batch --help")
        }
        let discovery: PackDiscovery.Discovery
        do throws(PackInputError) {
            discovery = try PackDiscovery.discover(under: parsed.positionals[0])
        } catch {
            StandardStreams.error("fullkit: error: \(error.description)\n")
            return .couldNotRun
        }
        let timeoutText = parsed.options["--timeout"] ?? "300"
        guard let timeout = Double(timeoutText), timeout > 0, timeout <= 86_400 else {
            return FullKitCommand.usageError(
                "--timeout must be a number of seconds up to 86400, not '\(timeoutText)'", help: "fullkit batch --help")
        }
        // Validate the options and the operator's policy once here; each worker applies the same ones.
        let root = [parsed.positionals[0]]
        guard PolicyOptions.checker(parsed, inputs: root, help: "fullkit batch --help") != nil,
            let output = OutputOptions(parsed, inputs: root, help: "fullkit batch --help")
        else {
            return .couldNotRun
        }
        let packs = discovery.packs
        let writer = BatchWriter(format: format, output: output, total: packs.count)
        if packs.isEmpty && discovery.skipped.isEmpty {
            // A gate that finds nothing to judge must not pass: an empty or mistyped folder is a failure.
            StandardStreams.error(
                "fullkit: no pack found under \(parsed.positionals[0]) (a pack is an archive, or a folder holding Gerber, drill, BOM or XY files)\n"
            )
        }
        // What discovery passed over is named first and counted unchecked: a batch never drops a path silently.
        for (path, reason) in discovery.skipped {
            writer.add(PackResult(path: path, outcome: .unchecked(reason: reason)))
        }
        let interruption = writer.stopOnInterrupt()
        let isolated = IsolatedCheck(timeout: timeout, workerArguments: PolicyOptions.forwarded(parsed, inputs: root))
        BatchRunner(check: isolated.run).run(packs) { done in
            writer.progress(done: done)
        } report: { _, path, outcome in
            writer.add(PackResult(path: path, outcome: outcome))
        }
        interruption.cancel()
        guard let summary = writer.finish() else { return .couldNotRun }
        return summary.allPassed ? .pass : .fail
    }
}
