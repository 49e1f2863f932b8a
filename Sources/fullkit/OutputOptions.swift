import FullKit

#if canImport(Glibc)
import Glibc
#endif

/// The `--output FILE`, `--quiet` and `--color auto|always|never` options of `check` and `batch`.
struct OutputOptions {
    /// The valued options.
    static let valued: Set<String> = ["--output", "--color"]
    /// The flags.
    static let flags: Set<String> = ["--quiet"]

    /// Where the report goes.
    let sink: ReportSink
    /// Whether nothing but errors that stop the run is printed (the exit code is the verdict).
    let quiet: Bool
    /// Whether the text report is coloured.
    let color: Bool

    /// The options of `parsed` for a check of `inputs`; nil after printing a usage error (an `--output` that would
    /// overwrite or land inside an input, an unknown `--color`).
    init?(_ parsed: ParsedArguments, inputs: [String], help: String) {
        let choice = parsed.options["--color"] ?? "auto"
        guard ["auto", "always", "never"].contains(choice) else {
            _ = FullKitCommand.usageError("--color must be auto, always or never, not '\(choice)'", help: help)
            return nil
        }
        quiet = parsed.flags.contains("--quiet")
        if let path = parsed.options["--output"] {
            if let refusal = OutputPath.refusal(path, inputs: inputs) {
                _ = FullKitCommand.usageError(refusal, help: help)
                return nil
            }
            guard let sink = ReportSink(path: path) else { return nil }
            self.sink = sink
        } else {
            sink = ReportSink()
        }
        switch choice {
        case "always": color = true
        case "never": color = false
        default:
            let noColor = getenv("NO_COLOR").map { String(cString: $0) } ?? ""
            let term = getenv("TERM").map { String(cString: $0) } ?? ""
            color = !sink.isFile && noColor.isEmpty && term != "dumb" && StandardStreams.outputIsTerminal
        }
    }

    /// Whether the report is written at all: to a file always, to standard output unless `--quiet`.
    var writesReport: Bool { sink.isFile || !quiet }
}
