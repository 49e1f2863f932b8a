import Foundation
import FullKit
import Testing

/// Conflicting and absurd values in an otherwise good pack (the sample folder, copied and edited here because the
/// job file is megabytes): each gives findings, never a crash, and a flood of one finding is folded.
@Suite("Absurd values")
struct AbsurdValuesTests {
    /// The sample folder with a job file naming 10^6 layers and 100 000 files that are not there, a BOM quantity of
    /// -2, and an XY row at (nan, inf).
    private func absurdPack() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fullkit-absurd-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: Paths.testData("folder"), toPath: folder.path)
        let listed = (0..<100_000).map {
            "{\"Path\": \"ghost-\($0).gbr\", \"FileFunction\": \"Copper,L\($0 + 3),Inr\"}"
        }
        let job = """
            {"Header": {"GenerationSoftware": {"Vendor": "KiCad", "Application": "Pcbnew", "Version": "8.0.5"},
             "CreationDate": "2026-11-02T09:30:00+00:00"},
             "GeneralSpecs": {"LayerNumber": 1000000}, "FilesAttributes": [\(listed.joined(separator: ","))]}
            """
        try Data(job.utf8).write(to: folder.appendingPathComponent("sample-job.gbrjob"))
        for (name, old, new) in [
            ("sample-bom.csv", "Metric,2,", "Metric,-2,"), ("sample-positions.csv", "R1,8.000,6.000", "R1,nan,inf"),
        ] {
            let url = folder.appendingPathComponent(name)
            let text = try String(contentsOf: url, encoding: .utf8)
            try #require(text.contains(old), "\(name) no longer holds '\(old)'")
            try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
        }
        return folder.path
    }

    @Test(
        "10^6 layers, 100 000 missing files, a negative quantity and NaN coordinates are findings; the flood is folded")
    func absurdValues() throws {
        let path = try absurdPack()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let report = try PackChecker().check([path])
        #expect(report.verdict == .fail)
        let ids = report.findings.map(\.ruleID)
        #expect(
            report.findings.contains { $0.ruleID == "LAYER_COUNT_MISMATCH" && $0.message.contains("1000000 layers") })
        let missing = report.findings.filter { $0.ruleID == "JOBFILE_FILE_MISSING" }
        #expect(missing.count == 51)
        #expect(missing.last?.message == "and 99950 more like the ones above, not listed one by one")
        #expect(report.findings.contains { $0.ruleID == "BOM_QUANTITY_MISMATCH" && $0.message.contains("quantity -2") })
        #expect(report.findings.contains { $0.ruleID == "XY_INVALID_COORDINATE" && $0.message.contains("R1") })
        #expect(ids.count < 200)
    }

    @Test("a folded group keeps every designator of the findings it stands for")
    func foldingKeepsDesignators() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fullkit-flood-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: Paths.testData("folder"), toPath: folder.path)
        defer { try? FileManager.default.removeItem(at: folder) }
        // 120 BOM lines whose parts are not in the XY file: 50 listed, 70 folded into one finding.
        let rows = (1...120).map { "1k,R\(100 + $0),R_0603_1608Metric,1," }.joined(separator: "\n")
        let bom = folder.appendingPathComponent("sample-bom.csv")
        try Data((try String(contentsOf: bom, encoding: .utf8) + rows + "\n").utf8).write(to: bom)
        let report = try PackChecker().check([folder.path])
        let notPlaced = report.findings.filter { $0.ruleID == "BOM_DESIGNATOR_NOT_PLACED" }
        #expect(notPlaced.count == 51)
        let summary = try #require(notPlaced.last)
        #expect(summary.designators.count == 70)
        #expect(summary.designators.first == "R151" && summary.designators.last == "R220")
        #expect(summary.message.hasPrefix("and 70 more like the ones above, not listed one by one: R151, R152"))
    }
}
