import Foundation
import Testing

/// Past one machine: `batch --files-from`, `--shard K/N` run through GNU parallel (installed by
/// `Scripts/install-dependencies`), and `merge`, which must give what one batch gives.
@Suite("Shards, lists and merge (the built binary)")
struct ShardTests {
    private let packs = FullKitBinary.testData("")

    /// The lines of a JSONL output with each report's timings removed (they differ from run to run).
    private func withoutTimings(_ text: String) throws -> [NSDictionary] {
        try text.split(separator: "\n").map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return NSDictionary(dictionary: object.filter { $0.key != "timings" })
        }
    }

    @Test("three shards through GNU parallel, merged, equal the single batch (timings aside), in JSONL and text")
    func parallelShardsMerge() throws {
        let folder = try FullKitBinary.temporaryFolder("shards")
        defer { try? FileManager.default.removeItem(at: folder) }
        let single = try FullKitBinary.run(["batch", packs, "--format", "jsonl"])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/parallel")
        process.currentDirectoryURL = folder
        process.arguments = [
            "--will-cite", FullKitBinary.executable.path, "batch", packs, "--shard", "{}/3", "--format", "jsonl",
            "--output", "shard-{}.jsonl", ":::", "1", "2", "3",
        ]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 3, "each shard holds a failing pack: parallel counts 3 failed jobs")
        let shards = (1...3).map { folder.appendingPathComponent("shard-\($0).jsonl").path }
        let shardLines = try shards.map { try String(contentsOfFile: $0, encoding: .utf8).split(separator: "\n").count }
        let merged = try FullKitBinary.run(["merge"] + shards + ["--format", "jsonl"])
        #expect(merged.exitCode == single.exitCode)
        #expect(try withoutTimings(merged.standardOutput) == withoutTimings(single.standardOutput))
        #expect(shardLines.reduce(0, +) - 3 == single.standardOutput.split(separator: "\n").count - 1)
        let singleText = try FullKitBinary.run(["batch", packs])
        let mergedText = try FullKitBinary.run(["merge"] + shards)
        #expect(mergedText.standardOutput == singleText.standardOutput)
    }

    @Test("merge refuses a shard output cut short, one stopped by Ctrl-C, and a pack in two outputs")
    func mergeRefuses() throws {
        let folder = try FullKitBinary.temporaryFolder("merge")
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = try FullKitBinary.run(["batch", FullKitBinary.testData("defects"), "--format", "jsonl"])
            .standardOutput
        let lines = whole.split(separator: "\n")
        let cut = folder.appendingPathComponent("cut.jsonl")
        try Data((lines.dropLast().joined(separator: "\n") + "\n").utf8).write(to: cut)
        let stopped = folder.appendingPathComponent("stopped.jsonl")
        let interruptedSummary = lines.last!.replacingOccurrences(
            of: "\"summary\":true", with: "\"interrupted\":true,\"summary\":true")
        try Data((lines.dropLast().joined(separator: "\n") + "\n" + interruptedSummary + "\n").utf8).write(to: stopped)
        let full = folder.appendingPathComponent("full.jsonl")
        try Data(whole.utf8).write(to: full)

        let cutResult = try FullKitBinary.run(["merge", cut.path])
        #expect(cutResult.exitCode == 2 && cutResult.standardError.contains("has 0 summary lines, not 1"))
        let stoppedResult = try FullKitBinary.run(["merge", stopped.path])
        #expect(stoppedResult.exitCode == 2 && stoppedResult.standardError.contains("stopped by Ctrl-C"))
        let twice = try FullKitBinary.run(["merge", full.path, full.path])
        #expect(twice.exitCode == 2 && twice.standardError.contains("is in more than one shard output"))
        let once = try FullKitBinary.run(["merge", full.path])
        let count = FullKitBinary.defectPacks
        #expect(
            once.exitCode == 1
                && once.standardOutput.hasSuffix("\(count) packs: 0 passed, \(count) failed, 0 unchecked\n"))
    }

    @Test(
        "--files-from: the listed packs only (- reads standard input); a listed path that does not exist is unchecked")
    func filesFrom() throws {
        let folder = try FullKitBinary.temporaryFolder("list")
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = folder.appendingPathComponent("list.txt")
        let sample = FullKitBinary.testData("sample/sample-pack.zip")
        try Data("\(sample)\n\(folder.path)/gone.zip\n".utf8).write(to: list)
        let result = try FullKitBinary.run(["batch", "--files-from", list.path])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput.contains("ERROR  no such file or folder  \(folder.path)/gone.zip"))
        #expect(result.standardOutput.contains("PASS  0 errors  1 warning   \(sample)"))
        #expect(result.standardOutput.hasSuffix("2 packs: 1 passed, 0 failed, 1 unchecked\n"))
        let both = try FullKitBinary.run(["batch", packs, "--files-from", list.path])
        #expect(both.exitCode == 2)
        let badShard = try FullKitBinary.run(["batch", packs, "--shard", "4/3"])
        #expect(badShard.exitCode == 2 && badShard.standardError.contains("--shard takes K/N"))
    }
}
