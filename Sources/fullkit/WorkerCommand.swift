import FoundationEssentials
import FullKit
import FullKitCore

#if canImport(Glibc)
import Glibc
#endif

/// `fullkit worker [--profile P] [--policy FILE] [--limit NAME=VALUE]…` (internal, used by `fullkit batch`): reads one JSON array `["PATH"]` per line on
/// standard input, checks that pack, and answers one line: the fullkit.check/1 report, or `{"error": "…"}`.
enum WorkerCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        let parsed: ParsedArguments
        do throws(ParsedArguments.UsageError) {
            parsed = try ParsedArguments(arguments, valued: PolicyOptions.names, flags: [])
        } catch {
            return FullKitCommand.usageError(error.message, help: "fullkit batch --help")
        }
        // The batch runs a worker per core: each checks its pack on one thread.
        Parallel.isSerial = true
        while let line = readLine(strippingNewline: true) {
            guard let paths = try? JSONDecoder().decode([String].self, from: Data(line.utf8)), !paths.isEmpty else {
                StandardStreams.json(
                    JSONReportRenderer.renderLine(["error": "the request is not a JSON array of paths"]))
                continue
            }
            guard let checker = PolicyOptions.checker(parsed, inputs: paths, help: "fullkit batch --help") else {
                StandardStreams.json(JSONReportRenderer.renderLine(["error": "the policy for this pack is invalid"]))
                continue
            }
            do throws(PackInputError) {
                StandardStreams.json(JSONReportRenderer.renderLine(try checker.check(paths)))
            } catch {
                StandardStreams.json(JSONReportRenderer.renderLine(["error": error.description]))
            }
        }
        return .pass
    }
}
