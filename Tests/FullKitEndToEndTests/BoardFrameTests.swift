import Foundation
import Testing

/// The board's own geometry judges the other files (issue 15): each case passed before, and fails now with the
/// finding that names the evidence. The built binary on fixtures made by Scripts/make-testdata.py.
@Suite("One board frame (the built binary)")
struct BoardFrameTests {
    @Test(
        "each false PASS of the old rules fails, naming the board's evidence",
        arguments: [
            ("defects/plated-drill-missing.zip", "MISSING_DRILL: no plated drill data: the copper has"),
            (
                "defects/plated-drill-missing-no-x2.zip",
                "flashes at the same point on both outer copper layers (plated-drill-missing-no-x2.zip/board.GTL"
            ),
            ("defects/xy-part-far-off.zip", "XY_OUTSIDE_BOARD: U1 at (518.0 mm, 12.0 mm)"),
            (
                "defects/xy-stale-off-pads.zip",
                "XY_OFF_PADS: R1 at (9.5 mm, 6.0 mm) is 1.5 mm from the centre of its pads"
            ),
            (
                "defects/xy-part-away-from-pads.zip",
                "XY_AWAY_FROM_PADS: D1 at (27.0 mm, 17.5 mm) is no pad group's centre and the nearest copper pad of the top side is 6.63 mm away"
            ),
            (
                "defects/through-hole-dropped-from-xy.zip",
                "BOM_DESIGNATOR_NOT_PLACED: J2 is in the BOM but not in the XY file"
            ),
        ])
    func falsePassNowFails(path: String, expected: String) throws {
        let result = try FullKitBinary.run(["check", FullKitBinary.testData(path)])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput.hasPrefix("FAIL"))
        #expect(result.standardOutput.contains(expected), "\(path): '\(expected)' missing")
    }

    @Test("the operator's placement tolerances judge: a pad reach of 8 mm accepts the part 6.6 mm from any pad")
    func policyTolerances() throws {
        let folder = try FullKitBinary.temporaryFolder("tolerances")
        defer { try? FileManager.default.removeItem(at: folder) }
        let policy = folder.appendingPathComponent("site.json")
        try Data("{\"placementTolerances\": {\"padReachMillimetres\": 8}}".utf8).write(to: policy)
        let pack = FullKitBinary.testData("tools/altium-xy-part-away-from-pads.zip")
        let strict = try FullKitBinary.run(["check", pack])
        #expect(strict.exitCode == 1 && strict.standardOutput.contains("XY_AWAY_FROM_PADS: D1"))
        let lenient = try FullKitBinary.run(["check", "--policy", policy.path, pack])
        #expect(lenient.exitCode == 0, "\(lenient.standardOutput)")
        let refused = try FullKitBinary.run(["check", "--policy", policy.path + ".missing", pack])
        #expect(refused.exitCode == 2)
        try Data("{\"placementTolerances\": {\"padReach\": 8}}".utf8).write(to: policy)
        let unknown = try FullKitBinary.run(["check", "--policy", policy.path, pack])
        #expect(unknown.exitCode == 2)
        #expect(unknown.standardError.contains("key 'placementTolerances.padReach' is not a tolerance (known: "))
    }

    @Test("the report says how many placements lie on their pads, in text and in JSON")
    func registrationShown() throws {
        let text = try FullKitBinary.run(["check", FullKitBinary.testData("defects/xy-stale-off-pads.zip")])
        #expect(
            text.standardOutput.contains(
                "8 of 8 placements on the board; 8 of 8 near a copper pad of their side; 1 of 8 on their own pads (%TO.C)"
            ))
        let json = try FullKitBinary.run([
            "check", "--format", "json", FullKitBinary.testData("sample/sample-pack.zip"),
        ])
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let detected = try #require((report["xyConventions"] as? [[String: Any]])?.first)
        #expect(detected["judgedByPads"] as? Int == 8)
        #expect(detected["onPads"] as? Int == 8)
        // Per placement, as numbers: the stale file's R1 lies 1.5 mm right of its pads' centre (8, 6).
        let stale = try FullKitBinary.run([
            "check", "--format", "json", FullKitBinary.testData("defects/xy-stale-off-pads.zip"),
        ])
        let staleReport = try #require(
            try JSONSerialization.jsonObject(with: Data(stale.standardOutput.utf8)) as? [String: Any])
        let matches = try #require(
            (staleReport["xyConventions"] as? [[String: Any]])?.first?["matches"] as? [[String: Any]])
        let r1 = try #require(matches.first { $0["designator"] as? String == "R1" })
        #expect(r1["x"] as? Double == 9.5 && r1["padsX"] as? Double == 8 && r1["padsY"] as? Double == 6)
        #expect(r1["distance"] as? Double == 1.5 && r1["allowed"] as? Double == 0.5 && r1["pads"] as? Int == 2)
    }

    @Test("benign cases still pass: an SMD-only XY export, a mil XY file, KiCad's bottom convention, another origin")
    func benignStillPass() throws {
        for path in [
            "variants/explained-differences.zip", "variants/xy-in-mil.zip", "variants/kicad-bottom-convention.zip",
            "variants/xy-other-origin.zip",
        ] {
            let result = try FullKitBinary.run(["check", FullKitBinary.testData(path)])
            #expect(result.exitCode == 0, "\(path)")
        }
    }
}
