import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The formats CI systems read, `--output`, `--quiet`, `--color`, `fullkit rules ID` and Ctrl-C, through the built
/// binary.
@Suite("CI formats and output (the built binary)")
struct CIFormatTests {
    private let sample = FullKitBinary.testData("sample/sample-pack.zip")
    private let defect = FullKitBinary.testData("defects/xy-wrong-side.zip")

    private func isWellFormedXML(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }

    @Test(
        "check in each CI format: the exit code is the verdict and the document is what its reader expects",
        arguments: ["sarif", "junit", "github", "markdown"])
    func checkFormats(format: String) throws {
        for (path, code) in [(sample, Int32(0)), (defect, Int32(1))] {
            let result = try FullKitBinary.run(["check", path, "--format", format])
            #expect(result.exitCode == code)
            let text = result.standardOutput
            switch format {
            case "sarif":
                let log = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
                #expect(log?["version"] as? String == "2.1.0")
                let run = (log?["runs"] as? [[String: Any]])?.first
                let results = run?["results"] as? [[String: Any]] ?? []
                #expect(results.contains { $0["level"] as? String == "error" } == (code == 1))
            case "junit":
                #expect(isWellFormedXML(text))
                #expect(text.contains("<failure type=\"XY_WRONG_SIDE\"") == (code == 1))
            case "github":
                #expect(text.split(separator: "\n").allSatisfy { $0.hasPrefix("::") })
                #expect(
                    text.contains("::error file=\(path),title=XY_WRONG_SIDE::[sample-positions.csv:8:1]") == (code == 1)
                )
            default:
                #expect(text.hasPrefix(code == 0 ? "## FullKit: PASS" : "## FullKit: FAIL"))
            }
        }
    }

    @Test("batch in each CI format: one document for every pack; exit 1 when any failed")
    func batchFormats() throws {
        let folder = FullKitBinary.testData("defects")
        let packs = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".zip") }.count
        let sarif = try FullKitBinary.run(["batch", folder, "--format", "sarif"])
        #expect(sarif.exitCode == 1)
        let log = try JSONSerialization.jsonObject(with: Data(sarif.standardOutput.utf8)) as? [String: Any]
        let run = (log?["runs"] as? [[String: Any]])?.first
        let verdicts = (run?["properties"] as? [String: Any])?["packs"] as? [[String: Any]] ?? []
        #expect(verdicts.count == packs && verdicts.allSatisfy { $0["verdict"] as? String == "FAIL" })
        let junit = try FullKitBinary.run(["batch", folder, "--format", "junit"])
        #expect(junit.exitCode == 1 && isWellFormedXML(junit.standardOutput))
        #expect(junit.standardOutput.components(separatedBy: "<testsuite ").count - 1 == packs)
        let markdown = try FullKitBinary.run(["batch", folder, "--format", "markdown"])
        #expect(markdown.standardOutput.hasPrefix("## FullKit: FAIL — \(packs) packs: 0 passed, \(packs) failed"))
        let github = try FullKitBinary.run(["batch", folder, "--format", "github"])
        #expect(github.standardOutput.components(separatedBy: "::notice title=FullKit FAIL::").count - 1 == packs)
    }

    @Test("--output writes the report to the file, and nothing to standard output")
    func output() throws {
        let folder = try FullKitBinary.temporaryFolder("ci")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.json").path
        let result = try FullKitBinary.run(["check", sample, "--format", "json", "--output", report])
        #expect(result.exitCode == 0 && result.standardOutput.isEmpty)
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any]
        #expect(json?["verdict"] as? String == "PASS")
    }

    @Test("--output never overwrites an input nor writes inside an input folder; a failed run keeps the old report")
    func outputRefusals() throws {
        let folder = try FullKitBinary.temporaryFolder("ci")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = folder.appendingPathComponent("pack")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        let copy = pack.appendingPathComponent("sample.zip")
        try FileManager.default.copyItem(atPath: sample, toPath: copy.path)
        let original = try Data(contentsOf: copy)

        let overInput = try FullKitBinary.run(["check", copy.path, "--output", copy.path])
        #expect(overInput.exitCode == 2 && overInput.standardError.contains("is an input of the check"))
        #expect(try Data(contentsOf: copy) == original)

        let insideFolder = try FullKitBinary.run([
            "batch", pack.path, "--output", pack.appendingPathComponent("r.txt").path,
        ])
        #expect(insideFolder.exitCode == 2 && insideFolder.standardError.contains("lies inside the input"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: pack.path) == ["sample.zip"])

        let old = folder.appendingPathComponent("old.txt")
        try Data("the old report\n".utf8).write(to: old)
        let unreadable = try FullKitBinary.run([
            "check", folder.appendingPathComponent("missing.zip").path, "--output", old.path,
        ])
        #expect(unreadable.exitCode == 2)
        #expect(try String(contentsOf: old, encoding: .utf8) == "the old report\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["old.txt", "pack"])
    }

    @Test("--quiet prints nothing; the exit code is still the verdict")
    func quiet() throws {
        let failing = try FullKitBinary.run(["check", defect, "--quiet"])
        #expect(failing.exitCode == 1 && failing.standardOutput.isEmpty && failing.standardError.isEmpty)
        let batch = try FullKitBinary.run(["batch", FullKitBinary.testData("defects"), "--quiet"])
        #expect(batch.exitCode == 1 && batch.standardOutput.isEmpty && batch.standardError.isEmpty)
    }

    @Test("--color always colours, never and a pipe do not; an unknown choice is a usage error")
    func color() throws {
        let always = try FullKitBinary.run(["check", defect, "--color", "always"], environment: ["NO_COLOR": "1"])
        #expect(always.standardOutput.hasPrefix("\u{1B}[31m\u{1B}[1mFAIL\u{1B}[0m"))
        for arguments in [["--color", "never"], []] {
            let plain = try FullKitBinary.run(["check", defect] + arguments)
            #expect(!plain.standardOutput.contains("\u{1B}"))
        }
        let batch = try FullKitBinary.run(["batch", FullKitBinary.testData("defects"), "--color=always"])
        #expect(batch.standardOutput.hasPrefix("\u{1B}[31m\u{1B}[1mFAIL\u{1B}[0m"))
        #expect(try FullKitBinary.run(["check", defect, "--color", "pink"]).exitCode == 2)
    }

    @Test("fullkit rules ID shows that rule; an unknown ID is a usage error")
    func rulesByID() throws {
        let one = try FullKitBinary.run(["rules", "xy_wrong_side"])
        #expect(one.exitCode == 0 && one.standardOutput.hasPrefix("XY_WRONG_SIDE (error)\n  checks: "))
        #expect(one.standardOutput.components(separatedBy: "  checks: ").count == 2)
        let unknown = try FullKitBinary.run(["rules", "NO_SUCH_RULE"])
        #expect(unknown.exitCode == 2 && unknown.standardError.contains("no rule 'NO_SUCH_RULE'"))
    }

    @Test(
        "Ctrl-C stops a batch with the summary of the packs finished, exit 130",
        .enabled(
            if: FileManager.default.fileExists(atPath: FullKitBinary.repository + "/../shared/corpus/packs"),
            "../shared/corpus is not beside this clone"))
    func interrupt() throws {
        let process = Process()
        process.executableURL = FullKitBinary.executable
        process.arguments = ["batch", FullKitBinary.repository + "/../shared/corpus/packs"]
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        Thread.sleep(forTimeInterval: 1.0)
        process.interrupt()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(text.hasSuffix(" unchecked (interrupted)\n"))
        #expect(message.contains("fullkit: interrupted; finished before the stop: "))
    }

    @Test(
        "SIGTERM stops a batch writing --output: exit 143, the old report as it was, no temporary file left",
        .enabled(
            if: FileManager.default.fileExists(atPath: FullKitBinary.repository + "/../shared/corpus/packs"),
            "../shared/corpus is not beside this clone"))
    func terminateKeepsOldOutput() throws {
        let folder = try FullKitBinary.temporaryFolder("ci")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.jsonl")
        try Data("the old report\n".utf8).write(to: report)
        let process = Process()
        process.executableURL = FullKitBinary.executable
        process.arguments = [
            "batch", FullKitBinary.repository + "/../shared/corpus/packs", "--format", "jsonl", "--output", report.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.0)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 143)
        #expect(try String(contentsOf: report, encoding: .utf8) == "the old report\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.jsonl"])
    }
}
