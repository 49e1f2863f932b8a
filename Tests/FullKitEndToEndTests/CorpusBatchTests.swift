import Foundation
import Testing

/// The built binary over the real packs of `../shared/corpus/packs`, as an archive would be checked: one verdict per
/// pack, the deciding finding of each failure. Why each verdict is right is written beside each pack's in-process
/// test in `Tests/FullKitTests/Corpus/CorpusPackTests.swift`; here the CLI must reach the same verdicts.
@Suite(
    "fullkit batch over the real corpus packs (the built binary)",
    .enabled(
        if: FileManager.default.fileExists(atPath: FullKitBinary.repository + "/../shared/corpus/packs")
            || ProcessInfo.processInfo.environment["CI"] != nil, "../shared/corpus is not beside this clone"))
struct CorpusBatchTests {
    /// Each pack folder (relative to the corpus packs), its verdict, and a rule its failure must name.
    static let expected: [(String, String, String?)] = [
        ("4ms+mp153-devboard/carrier board/v0.3/production", "FAIL", "XY_EMPTY_DESIGNATOR"),
        ("4ms+mp153-devboard/sdprog/sdprog/production", "PASS", nil),
        ("AlfredoSystems+NoU3-Hardware/NoU3-Lite/production", "FAIL", "XY_EMPTY_DESIGNATOR"),
        // KiKit drew the panel's V-cut lines on Edge.Cuts, past the frame: the outline does not close.
        ("AlfredoSystems+NoU3-Hardware/NoU3-Panelized/production", "FAIL", "OUTLINE_OPEN"),
        ("AlfredoSystems+NoU3-Hardware/production", "FAIL", "XY_EMPTY_DESIGNATOR"),
        ("R3NE07+ESP32-Buck-Boost-MPPT-Battery-Charger/hardware", "FAIL", "PACK_AMBIGUOUS_FILE"),
        ("SnapperGPS+snappergps-pcb", "FAIL", "XY_DESIGNATOR_NOT_IN_BOM"),
        ("annoyedmilk+Business-Card/hardware", "PASS", nil),
        ("armbian+mpads/serial-mux/assembly", "PASS", nil),
        ("fossasia+pslab-mini-hardware/output", "FAIL", "XY_DESIGNATOR_NOT_IN_BOM"),
    ]

    @Test("jsonl: one report per pack with the verdict judged right for it; exit 1 because some fail")
    func verdicts() throws {
        let packs = FullKitBinary.repository + "/../shared/corpus/packs"
        let result = try FullKitBinary.run(["batch", "--format", "jsonl", packs])
        #expect(result.exitCode == 1)
        var reports: [String: [String: Any]] = [:]
        for line in result.standardOutput.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            if let inputs = object["inputs"] as? [String], let input = inputs.first {
                reports[String(input.dropFirst(packs.count + 1))] = object
            }
        }
        #expect(reports.count == Self.expected.count)
        for (pack, verdict, rule) in Self.expected {
            let report = try #require(reports[pack], "no report for \(pack)")
            #expect(report["verdict"] as? String == verdict, "\(pack)")
            if let rule {
                let findings = report["findings"] as? [[String: Any]] ?? []
                #expect(
                    findings.contains { $0["ruleID"] as? String == rule && $0["severity"] as? String == "error" },
                    "\(pack): \(rule)")
            }
        }
    }
}
