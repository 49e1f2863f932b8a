import Foundation
import Testing

@Suite("fullkit check (the built binary)")
struct CheckCommandTests {
    @Test("the sample pack passes: exit 0, the verdict line first, on stdout and stderr")
    func samplePasses() throws {
        let result = try FullKitBinary.run(["check", FullKitBinary.testData("sample/sample-pack.zip")])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.hasPrefix("PASS: full kit, accept"))
        #expect(result.standardError.hasPrefix("PASS"))
    }

    @Test("a pack with defects fails with exit 1 and names each finding with location, rule and fix")
    func defectFails() throws {
        let result = try FullKitBinary.run(["check", FullKitBinary.testData("defects/bom-xy-mismatch.zip")])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput.hasPrefix("FAIL: rejected, Sales keeps ownership (3 errors"))
        #expect(
            result.standardOutput.contains(
                "What Sales must fix (3):\n  bom-xy-mismatch.zip/sample-bom.csv\n    2:5 BOM_DESIGNATOR_NOT_PLACED: R2 is in the BOM but not in the XY file"
            ))
        #expect(result.standardOutput.contains("fix: Add the part to the XY file"))
    }

    @Test("--format json follows the fullkit.check/1 schema")
    func jsonSchema() throws {
        let result = try FullKitBinary.run([
            "check", "--format", "json", FullKitBinary.testData("defects/missing-bom.zip"),
        ])
        #expect(result.exitCode == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "fullkit.check/1")
        #expect(object["verdict"] as? String == "FAIL")
        let counts = try #require(object["counts"] as? [String: Any])
        #expect(counts["errors"] as? Int == 1)
        let files = try #require(object["files"] as? [[String: Any]])
        let copper = try #require(files.first { ($0["path"] as? String)?.hasSuffix("sample-F_Cu.gbr") == true })
        #expect(copper["role"] as? String == "copper")
        #expect(copper["side"] as? String == "top")
        #expect((copper["evidence"] as? [String: Any])?["kind"] as? String == "x2-file-function")
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["ruleID"] as? String == "MISSING_BOM" && $0["severity"] as? String == "error" })
        #expect(object["timings"] is [String: Any])
    }

    @Test("several paths form one pack")
    func splitPack() throws {
        let result = try FullKitBinary.run([
            "check", FullKitBinary.testData("split/gerbers.zip"), FullKitBinary.testData("split/sample-bom.csv"),
            FullKitBinary.testData("split/sample-positions.csv"),
        ])
        #expect(result.exitCode == 0)
    }

    @Test(
        "could not run: exit 2 with a one-line reason on stderr",
        arguments: [
            ["check", "TestData/no-such-pack.zip"],
            ["check"],
            ["check", "--format", "xml", "TestData/sample/sample-pack.zip"],
            ["check", "--frobnicate", "TestData/sample/sample-pack.zip"],
            ["explode"],
            [],
        ])
    func couldNotRun(arguments: [String]) throws {
        let result = try FullKitBinary.run(arguments)
        #expect(result.exitCode == 2)
        #expect(result.standardOutput.isEmpty)
        if !arguments.isEmpty {
            #expect(result.standardError.hasPrefix("fullkit: error: "))
            #expect(result.standardError.split(separator: "\n").count == 1)
        }
    }

    @Test(
        "broken archives are findings (exit 1), never a signal",
        arguments: [
            "archives/crc-mismatch.zip", "archives/encrypted-member.zip", "archives/truncated.zip",
            "archives/not-a-zip.zip",
            "archives/empty.zip", "archives/traversal-names.zip", "archives/zip-bomb.zip",
        ])
    func brokenArchives(path: String) throws {
        let result = try FullKitBinary.run(["check", FullKitBinary.testData(path)])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput.contains("What Sales must fix") && result.standardOutput.contains(" ARCHIVE_"))
    }

    @Test("--help teaches with usage, examples and exit codes; --version prints the version")
    func help() throws {
        let help = try FullKitBinary.run(["--help"])
        #expect(help.exitCode == 0)
        for section in ["USAGE:", "EXAMPLES:", "EXIT CODES:"] { #expect(help.standardOutput.contains(section)) }
        let checkHelp = try FullKitBinary.run(["check", "--help"])
        for format in ["--format FORMAT", "json:", "sarif:", "junit:", "github:", "markdown:", "--output FILE"] {
            #expect(checkHelp.standardOutput.contains(format))
        }
        let version = try FullKitBinary.run(["--version"])
        #expect(version.standardOutput.hasPrefix("fullkit "))
        #expect(try FullKitBinary.run(["help", "batch"]).standardOutput.contains("--timeout SECONDS"))
        let unknown = try FullKitBinary.run(["help", "frob"])
        #expect(unknown.exitCode == 2, "help on a subcommand that does not exist is a usage error")
        #expect(unknown.standardOutput.isEmpty)
    }

    @Test("the same input given twice (by two spellings of its path) is read once")
    func sameInputTwice() throws {
        let path = FullKitBinary.testData("sample/sample-pack.zip")
        let once = try FullKitBinary.run(["check", "--format", "json", path])
        let twice = try FullKitBinary.run([
            "check", "--format", "json", path, path.replacing("/TestData/", with: "/TestData/./"),
        ])
        func files(_ output: String) throws -> Int {
            let report = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            return try #require(report["files"] as? [Any]).count
        }
        #expect(try files(twice.standardOutput) == files(once.standardOutput))
        #expect(twice.exitCode == once.exitCode)
    }

    @Test("checking writes nothing: the pack's folder is unchanged afterwards")
    func writesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fullkit-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            atPath: FullKitBinary.testData("defects/nested-older-copy.zip"),
            toPath: folder.appendingPathComponent("pack.zip").path)
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let result = try FullKitBinary.run(["check", folder.path])
        #expect(result.exitCode == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == before)
    }

    @Test("inspect shows role, evidence, unit, extent, counts and located reader findings")
    func inspect() throws {
        let result = try FullKitBinary.run([
            "inspect", FullKitBinary.testData("folder/sample-PTH.drl"),
            FullKitBinary.testData("hostile/huge-coordinate.gbr"),
        ])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.contains("role:      drill (plated), excellon, 418 bytes"))
        #expect(result.standardOutput.contains("extent:    x 3.5 … 10.15, y 10.96 … 14.5 mm (6.65 × 3.54)"))
        #expect(result.standardOutput.contains("5:2 error GERBER_INVALID_COORDINATE: a coordinate has 40 digits"))
    }

    @Test("a policy: --policy with an unknown key is exit 2 naming it; a good one is applied and named")
    func policy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fullkit-policy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.json")
        try Data("{\"colour\": \"red\"}".utf8).write(to: bad)
        let refused = try FullKitBinary.run([
            "check", "--policy", bad.path, FullKitBinary.testData("sample/sample-pack.zip"),
        ])
        #expect(refused.exitCode == 2)
        #expect(refused.standardError.contains("key 'colour' is not a policy key"))

        let good = folder.appendingPathComponent("site.json")
        try Data("{\"profile\": \"fab\"}".utf8).write(to: good)
        let applied = try FullKitBinary.run([
            "check", "--format", "json", "--policy", good.path, FullKitBinary.testData("defects/missing-bom.zip"),
        ])
        #expect(applied.exitCode == 0)
        #expect(applied.standardOutput.contains("\"policyFile\" : \"\(good.path)\""))
        // sha256 of `{"profile": "fab"}`, as `sha256sum` gives it.
        #expect(
            applied.standardOutput.contains(
                "\"policySHA256\" : \"df873ddd1ac2c7fea90f4cbf211e4cdd66289669d457170cd3fc7b4373d01107\""))
        #expect(applied.standardOutput.contains("\"profile\" : \"fab\""))
    }

    @Test("--limit overrides one read limit and names it in the finding; a bad --limit is exit 2")
    func limitOption() throws {
        let pack = FullKitBinary.testData("sample/sample-pack.zip")
        let limited = try FullKitBinary.run(["check", "--limit", "maximumApertures=3", pack])
        #expect(limited.exitCode == 1)
        #expect(
            limited.standardOutput.contains(
                "GERBER_TOO_MANY_APERTURES: the file defines more than 3 apertures (limit maximumApertures)"))
        let one = try FullKitBinary.run(["check", "--limit", "maximumApertures=1", pack])
        #expect(one.standardOutput.contains("defines more than 1 aperture (limit maximumApertures)"))
        let refused = try FullKitBinary.run(["check", "--limit", "maximumMacroDepth=100000", pack])
        #expect(refused.exitCode == 2)
        #expect(refused.standardError.contains("'limits.maximumMacroDepth' must be a whole number from 4 to 256"))
        let malformed = try FullKitBinary.run(["check", "--limit", "maximumApertures", pack])
        #expect(malformed.exitCode == 2)
        #expect(malformed.standardError.contains("--limit takes NAME=VALUE"))
    }
}
