import FoundationEssentials

/// A batch's JSON Lines output read back (`fullkit merge`): each pack's result and each summary line, in file order.
public struct BatchLog: Sendable {
    /// Each pack's result.
    public var results: [PackResult] = []
    /// The summary lines (one per complete batch output).
    public var summaries: [BatchSummary] = []

    /// An empty log.
    public init() {}

    /// Why a line of a batch output could not be read.
    public struct LineError: Error, Sendable, CustomStringConvertible {
        /// The 1-based line number.
        public var line: Int
        /// What is wrong with it.
        public var reason: String

        /// "line N: reason".
        public var description: String { "line \(line): \(reason)" }
    }

    /// The lines of one batch output (`--format jsonl`) added to the log.
    public mutating func read(_ bytes: [UInt8]) throws(LineError) {
        let decoder = JSONDecoder()
        for (index, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") }) else { continue }
            let data = Data(line)
            if let summary = try? decoder.decode(BatchSummary.self, from: data), summary.summary {
                summaries.append(summary)
            } else if let report = try? decoder.decode(CheckReport.self, from: data) {
                results.append(PackResult(path: report.inputs.joined(separator: " "), outcome: .checked(report)))
            } else if let unchecked = try? decoder.decode(UncheckedLine.self, from: data) {
                results.append(PackResult(path: unchecked.path, outcome: .unchecked(reason: unchecked.error)))
            } else {
                throw LineError(
                    line: index + 1,
                    reason:
                        "not a line of `fullkit batch --format jsonl` (a fullkit.check/1 report, a path with an error, or the summary)"
                )
            }
        }
    }

    /// The line of a pack that could not be checked.
    private struct UncheckedLine: Decodable {
        var path: String
        var error: String
    }
}
