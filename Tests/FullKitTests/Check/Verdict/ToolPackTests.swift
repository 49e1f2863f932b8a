import FullKit
import Testing

/// The sample board as Altium, Allegro, PADS, Eagle, EasyEDA and DipTrace write it (`Scripts/testdata/tools.py`: each tool's names,
/// headers with its version, BOM and XY shapes, no X2): each passes, every file identified by the tool's own
/// conventions, and the non-plated drill file told apart (by `;TYPE=` comments or names).
@Suite("Packs as other tools write them")
struct ToolPackTests {
    private func check(_ path: String) throws -> CheckReport {
        try PackChecker().check([Paths.testData(path)])
    }

    /// Each file's name, role and side, as the report lists them.
    private func roles(_ report: CheckReport) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: report.files.map { file in
                (
                    String(file.path.split(separator: "/").last ?? ""),
                    file.role.rawValue + (file.side.map { " \($0.rawValue)" } ?? "")
                )
            })
    }

    @Test(
        "each tool's pack passes with every layer found",
        arguments: [
            (
                "tools/altium.zip",
                [
                    "board.GTL": "copper top", "board.GBL": "copper bottom", "board.GTS": "soldermask top",
                    "board.GBP": "paste bottom", "board.GTO": "silkscreen top", "board.GKO": "outline",
                    "Pick Place for board.txt": "placement", "board BOM.csv": "bom",
                    "board-Plated.TXT": "drill", "board-NonPlated.TXT": "drill",
                ]
            ),
            (
                "tools/allegro.zip",
                [
                    "board_top.art": "copper top", "board_bottom.art": "copper bottom",
                    "board_smc.art": "soldermask top", "board_sps.art": "paste bottom",
                    "board_tslk.art": "silkscreen top", "board_bslk.art": "silkscreen bottom",
                    "board_outline.art": "outline", "place_txt.txt": "placement", "board.BOM.csv": "bom",
                    "board-1-2.drl": "drill",
                ]
            ),
            (
                "tools/pads.zip",
                [
                    "Top.pho": "copper top", "Bottom.pho": "copper bottom", "SMT.pho": "soldermask top",
                    "SPB.pho": "paste bottom", "SSB.pho": "silkscreen bottom", "Board_Outline.pho": "outline",
                    "board_xy.csv": "placement", "board_bom.csv": "bom", "Drill.drl": "drill",
                ]
            ),
            (
                "tools/eagle.zip",
                [
                    "board.cmp": "copper top", "board.sol": "copper bottom", "board.stc": "soldermask top",
                    "board.crs": "paste bottom", "board.pls": "silkscreen bottom", "board.dim": "outline",
                    "board.mnt": "placement top", "board.mnb": "placement bottom", "board.bom.csv": "bom",
                    "drills.xln": "drill",
                ]
            ),
            (
                "tools/easyeda.zip",
                [
                    "Gerber_TopLayer.GTL": "copper top", "Gerber_BottomLayer.GBL": "copper bottom",
                    "Gerber_TopSolderMaskLayer.GTS": "soldermask top",
                    "Gerber_BottomPasteMaskLayer.GBP": "paste bottom",
                    "Gerber_BoardOutlineLayer.GKO": "outline", "PickAndPlace_PCB1_2026-11-02.csv": "placement",
                    "BOM_Board1_PCB1_2026-11-02.csv": "bom", "Drill_PTH_Through.DRL": "drill",
                ]
            ),
            (
                "tools/diptrace.zip",
                [
                    "Top.gbr": "copper top", "Bottom.gbr": "copper bottom", "TopMask.gbr": "soldermask top",
                    "BottomPaste.gbr": "paste bottom", "TopSilk.gbr": "silkscreen top", "BoardOutline.gbr": "outline",
                    "board_PickAndPlace.csv": "placement", "board_BOM.csv": "bom", "Through.drl": "drill",
                ]
            ),
        ])
    func toolPack(path: String, expected: [String: String]) throws {
        let report = try check(path)
        #expect(report.verdict == .pass, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
        let found = roles(report)
        for (name, role) in expected {
            #expect(found[name] == role, "\(path): \(name)")
        }
        #expect(!report.files.contains { $0.role == .unknown }, "\(path)")
        // Eagle's drills.xln says nothing of plating (it may be plated, which satisfies MISSING_DRILL).
        #expect(report.files.count { $0.role == .drill && $0.plated != false } == 1, "\(path)")
        #expect(report.files.count { $0.role == .drill && $0.plated == false } == 1, "\(path)")
    }

    @Test(
        "the board-frame cases in other tools' shapes: a part far off, a stale XY file, a part away from pads (Altium), a missing plated drill (Eagle)",
        arguments: [
            ("tools/altium-xy-part-far-off.zip", ["XY_OUTSIDE_BOARD"]),
            ("tools/altium-xy-stale.zip", ["XY_NOT_CENTRED_ON_PADS"]),
            ("tools/altium-xy-part-away-from-pads.zip", ["XY_AWAY_FROM_PADS"]),
            ("tools/eagle-plated-drill-missing.zip", ["MISSING_DRILL"]),
        ])
    func toolDefects(path: String, expected: [String]) throws {
        let report = try check(path)
        #expect(report.verdict == .fail)
        #expect(report.findings.filter { $0.severity == .error }.map(\.ruleID) == expected)
    }

    @Test("a PADS XY file relative to another origin is registered onto the pads (no X2 in the pack): a pass")
    func padsOtherOrigin() throws {
        let report = try check("tools/pads-xy-other-origin.zip")
        #expect(report.verdict == .pass, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
        let detected = try #require(report.xyConventions.first)
        #expect(detected.convention.originByPads)
        #expect(abs(detected.convention.originX - -12.35) < 0.01 && abs(detected.convention.originY - 7.8) < 0.01)
    }

    @Test("Eagle's mountsmd leaves the through-hole header out: explained by its footprint, not an error")
    func eagleSMDOnlyXY() throws {
        let report = try check("tools/eagle.zip")
        let header = try #require(report.findings.first { $0.designators == ["J1"] })
        #expect(header.ruleID == "DIFF_THROUGH_HOLE")
        #expect(header.severity == .warning)
    }
}
