import Foundation
import Testing

/// The JSON report follows its published schema (`Sources/FullKitReport/Schema/fullkit.check-1.schema.json`), checked
/// by an independent validator: Debian's python3-jsonschema (installed by `Scripts/install-dependencies`), through
/// `Scripts/validate-reports.py`.
@Suite("The JSON report follows its JSON Schema (the built binary)")
struct ReportSchemaTests {
    private let schema = FullKitBinary.repository + "/Sources/FullKitReport/Schema/fullkit.check-1.schema.json"

    /// The SARIF 2.1.0 schema (release candidate rtm.4, vendored with its licence: see TestData/schemas/README.md).
    private let sarifSchema = FullKitBinary.testData("schemas/sarif-2.1.0-rtm.4.json")

    /// Runs the validator on `files` as `kind` against `schema` (FullKit's unless given); its exit code and output.
    private func validate(_ kind: String, _ files: [String], schema: String? = nil) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments =
            [FullKitBinary.repository + "/Scripts/validate-reports.py", kind, schema ?? self.schema] + files
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test("the JSONL of a batch over every TestData pack, and each pack's --format json, validate")
    func everyTestDataPack() throws {
        let folder = try FullKitBinary.temporaryFolder("schema")
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = folder.appendingPathComponent("batch.jsonl").path
        let batch = try FullKitBinary.run(["batch", FullKitBinary.testData(""), "--format", "jsonl", "--output", lines])
        #expect(batch.exitCode == 1)
        let text = try String(contentsOfFile: lines, encoding: .utf8)
        let reports = text.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }
        let packs = reports.compactMap { ($0["inputs"] as? [String])?.first }
        #expect(packs.count > 60, "the batch found \(packs.count) packs")
        let (code, problems) = try validate("jsonl", [lines])
        #expect(code == 0, "\(problems)")

        var documents: [String] = []
        for (index, pack) in packs.enumerated() {
            let path = folder.appendingPathComponent("\(index).json").path
            _ = try FullKitBinary.run(["check", pack, "--format", "json", "--output", path])
            documents.append(path)
        }
        let (jsonCode, jsonProblems) = try validate("report", documents)
        #expect(jsonCode == 0, "\(jsonProblems)")
    }

    @Test("the validator is not a rubber stamp: a report missing its verdict, or with an unknown field, fails")
    func validatorRejects() throws {
        let folder = try FullKitBinary.temporaryFolder("schema")
        defer { try? FileManager.default.removeItem(at: folder) }
        let check = try FullKitBinary.run([
            "check", FullKitBinary.testData("sample/sample-pack.zip"), "--format", "json",
        ])
        var report = try #require(
            try JSONSerialization.jsonObject(with: Data(check.standardOutput.utf8)) as? [String: Any])
        report["verdict"] = nil
        let missing = folder.appendingPathComponent("missing.json")
        try JSONSerialization.data(withJSONObject: report).write(to: missing)
        report["verdict"] = "PASS"
        report["surprise"] = 1
        let unknown = folder.appendingPathComponent("unknown.json")
        try JSONSerialization.data(withJSONObject: report).write(to: unknown)
        let (code, problems) = try validate("report", [missing.path, unknown.path])
        #expect(code == 1)
        #expect(problems.contains("'verdict' is a required property") && problems.contains("'surprise' was unexpected"))
    }

    @Test("the SARIF of a batch over every TestData pack, and of one check, validate against the SARIF 2.1.0 schema")
    func sarif() throws {
        let folder = try FullKitBinary.temporaryFolder("sarif")
        defer { try? FileManager.default.removeItem(at: folder) }
        let batch = folder.appendingPathComponent("batch.sarif").path
        #expect(
            try FullKitBinary.run(["batch", FullKitBinary.testData(""), "--format", "sarif", "--output", batch])
                .exitCode == 1)
        let check = folder.appendingPathComponent("check.sarif").path
        let defect = FullKitBinary.testData("defects/xy-wrong-side.zip")
        #expect(try FullKitBinary.run(["check", defect, "--format", "sarif", "--output", check]).exitCode == 1)
        let (code, problems) = try validate("sarif", [batch, check], schema: sarifSchema)
        #expect(code == 0, "\(problems)")
        // Not a rubber stamp: a result with a level SARIF does not have is refused.
        let broken = folder.appendingPathComponent("broken.sarif")
        let text = try String(contentsOfFile: check, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"level\" : \"error\"", with: "\"level\" : \"fatal\"").utf8).write(
            to: broken)
        let (brokenCode, brokenProblems) = try validate("sarif", [broken.path], schema: sarifSchema)
        #expect(brokenCode == 1 && brokenProblems.contains("'fatal' is not one of"))
    }
}
