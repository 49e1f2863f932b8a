import FoundationEssentials
import FullKit

#if canImport(Glibc)
import Glibc
#endif

/// `fullkit worker` (internal, used by `fullkit batch`): reads one JSON array `["PATH"]` per line on standard input,
/// checks that pack, and answers one line: the fullkit.check/1 report, or `{"error": "…"}`.
enum WorkerCommand {
    static func run() -> ExitCode {
        let checker = PackChecker()
        while let line = readLine(strippingNewline: true) {
            guard let paths = try? JSONDecoder().decode([String].self, from: Data(line.utf8)), !paths.isEmpty else {
                StandardStreams.out(JSONReportRenderer.renderLine(["error": "the request is not a JSON array of paths"]))
                continue
            }
            do throws(PackInputError) {
                StandardStreams.out(JSONReportRenderer.renderLine(try checker.check(paths)))
            } catch {
                StandardStreams.out(JSONReportRenderer.renderLine(["error": error.description]))
            }
        }
        return .pass
    }
}
