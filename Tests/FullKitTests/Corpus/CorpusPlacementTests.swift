import FullKit
import Testing

/// Protel/Altium pick-and-place exports from gerbv's example pack (`gerber/gerbv/example/protel-pnp`): the same 282
/// placements (counted with Python's csv module and `str.split`) as quoted CSV and as fixed-width text.
@Suite(
    "Real XY files from the shared corpus",
    .enabled(if: Paths.corpusTestsEnabled, "../shared/corpus is not beside this clone"))
struct CorpusPlacementTests {
    private static let folder = Paths.corpus + "/gerber/gerbv/example/protel-pnp/"

    @Test(
        "both forms read to the same 282 placements, in mil from the value suffix, on both sides",
        arguments: [
            "Pick_Place_for_SE_SG_IF_V2.csv", "Pick_Place_for_SE_SG_IF_V2.txt",
        ])
    func protelPickPlace(name: String) throws {
        let bytes = try SystemFile(path: Self.folder + name).readAll()
        let list = PlacementReader.read(bytes, fileName: name)
        #expect(list.issues.isEmpty, "\(list.issues.map(\.message))")
        #expect(list.placements.count == 282)
        #expect(list.unit == .mil)
        #expect(list.sides == [.top, .bottom])
        let head = try #require(list.placements.first)
        #expect(head.designator == "HEAD" && head.x == -1968.504 && head.y == -4133.858)
    }
}

/// gerbonara's Allegro drill pack (`gerber/gerbonara/allegro-2/MinnowMax_RevA1_DRILL`): the drill file has no M48
/// header and no units; its tools are in `;T01 Holesize …` comments and its number format in `nc_param.txt`.
@Suite(
    "Real Allegro drill files from the shared corpus",
    .enabled(if: Paths.corpusTestsEnabled, "../shared/corpus is not beside this clone"))
struct CorpusAllegroDrillTests {
    @Test(
        "nc_param.txt gives the format: inch, 3.5 digits; 15 tools from comments; 1991 hits (1914 X lines, 77 repeated by R codes)"
    )
    func allegroDrill() throws {
        let inspections = try FileInspector.inspect([Paths.corpus + "/gerber/gerbonara/allegro-2/MinnowMax_RevA1_DRILL"]
        )
        let drill = try #require(inspections.first { $0.file.path == "MinnowMax_RevA1_NCDRILL.drl" })
        #expect(drill.file.role == .drill)
        #expect(drill.findings.isEmpty, "\(drill.findings.map(\.message))")
        #expect(drill.file.details?.unit == .inch)
        #expect(drill.file.details?.tools == 15)
        // grep -c '^X' finds 1914 holes; its `R02X00030000`-style repeat codes drill 77 more.
        #expect(drill.file.details?.holes == 1991)
        // "X00005000" is 0.05 in with 3 integer and 5 decimal places, nothing suppressed: 1.27 mm, less the radius of
        // the 8 mil tool that drills it (0.1016 mm).
        #expect(abs((drill.file.details?.extentMillimeters?.minX ?? 0) - 1.1684) < 1e-9)
        #expect(drill.file.plated == nil, "the file has plated and non-plated tools")
    }
}

/// X2 `.MD5`: pygerber's six Altium X2 files match their hash; gerbonara's `open_outline_altium.gbr` was edited by
/// hand and does not (hashes checked with Python's hashlib over the bytes before `%TF.MD5`, CR and LF removed).
@Suite("X2 .MD5 in real files", .enabled(if: Paths.corpusTestsEnabled, "../shared/corpus is not beside this clone"))
struct CorpusMD5Tests {
    @Test(
        "Altium X2 files: the hash matches",
        arguments: [
            "PCB1_Copper_Signal_Top.gbr", "PCB1_Legend_Top.gbr", "PCB1_Pads_Top.gbr", "PCB1_Paste_Top.gbr",
            "PCB1_Profile.gbr", "PCB1_Soldermask_Top.gbr",
        ])
    func matches(name: String) throws {
        let bytes = try SystemFile(path: Paths.corpus + "/gerber/pygerber/gerberx3/AltiumGerberX2/" + name).readAll()
        let document = GerberReader.read(bytes)
        #expect(document.attributes.values[".MD5"] != nil)
        #expect(!document.issues.contains { $0.ruleID == "GERBER_MD5_MISMATCH" })
    }

    @Test("a hand-edited file: the hash does not match, and the finding gives both")
    func mismatch() throws {
        let bytes = try SystemFile(path: Paths.corpus + "/gerber/gerbonara/open_outline_altium.gbr").readAll()
        let issue = try #require(GerberReader.read(bytes).issues.first { $0.ruleID == "GERBER_MD5_MISMATCH" })
        #expect(issue.message.contains("says 38bc3e94eca97f5a5e19c326598e4232"))
        #expect(issue.message.contains("hashes to 50c38b1b3258a5df9ec5a233e3b37136"))
    }
}
