import Foundation
import Testing

@Suite("fullkit batch (the built binary)")
struct BatchCommandTests {
    @Test("one line per pack in path order, a summary, exit 1 when any fails")
    func defects() throws {
        let result = try FullKitBinary.run(["batch", FullKitBinary.testData("defects")])
        #expect(result.exitCode == 1)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(FullKitBinary.defectPacks >= 33, "the defect packs are where the test reads them")
        #expect(lines.count == FullKitBinary.defectPacks + 1)
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("FAIL") })
        #expect(
            lines.first?.hasSuffix(
                "bom-footprint-mismatch.zip  first: BOM_XY_FOOTPRINT_MISMATCH: C1 is 0603 in the BOM ('C_0603_1608Metric') but 0805 in the XY file bom-footprint-mismatch.zip/sample-positions.csv ('C_0805_2012Metric')"
            )
                == true)
        let count = FullKitBinary.defectPacks
        #expect(lines.last == "\(count) packs: 0 passed, \(count) failed, 0 unchecked")
    }

    @Test("jsonl: every line is JSON, reports then a summary object")
    func jsonLines() throws {
        let result = try FullKitBinary.run(["batch", "--format", "jsonl", FullKitBinary.testData("formats")])
        #expect(result.exitCode == 0)
        let objects = try result.standardOutput.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count == 5)
        #expect(
            objects.dropLast().allSatisfy {
                $0["verdict"] as? String == "PASS" && $0["schema"] as? String == "fullkit.check/1"
            })
        #expect(objects.last?["passed"] as? Int == 4)
    }

    @Test("a pack past --timeout is stopped and reported, and the others go on")
    func timeout() throws {
        let result = try FullKitBinary.run(["batch", "--timeout", "0.001", FullKitBinary.testData("formats")])
        #expect(result.exitCode == 1)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("ERROR  the check ran past the per-pack limit of 0.001 s") })
        #expect(lines.last == "4 packs: 0 passed, 0 failed, 4 unchecked")
    }

    @Test("--profile reaches the workers: with fab, the pack without a BOM passes")
    func profile() throws {
        let result = try FullKitBinary.run([
            "batch", "--profile", "fab", "--format", "jsonl", FullKitBinary.testData("defects"),
        ])
        let missingBOM = result.standardOutput.split(separator: "\n").first { $0.contains("missing-bom.zip") }
        #expect(missingBOM?.contains("\"verdict\":\"PASS\"") == true)
        #expect(missingBOM?.contains("\"profile\":\"fab\"") == true)
    }

    @Test("--limit reaches the workers: every sample-like pack fails on the aperture limit")
    func limit() throws {
        let result = try FullKitBinary.run([
            "batch", "--limit", "maximumApertures=3", "--format", "jsonl", FullKitBinary.testData("formats"),
        ])
        #expect(result.exitCode == 1)
        let lines = result.standardOutput.split(separator: "\n").dropLast()
        #expect(lines.count == 4)
        #expect(lines.allSatisfy { $0.contains("GERBER_TOO_MANY_APERTURES") })
    }

    @Test("a folder that is not there is exit 2")
    func missingFolder() throws {
        let result = try FullKitBinary.run(["batch", FullKitBinary.testData("nope")])
        #expect(result.exitCode == 2)
    }
}
