import FullKit
import Testing

/// The real packs in ../shared/corpus/packs, written by CAD tools nobody on this team wrote. Each expectation below
/// was judged by reading the files; the reason is written beside it.
@Suite(
    "Real packs from the shared corpus",
    .enabled(if: Paths.corpusTestsEnabled, "../shared/corpus is not beside this clone"))
struct CorpusPackTests {
    private static let root = Paths.corpus + "/packs"

    private func check(_ relative: String) throws -> CheckReport {
        try PackChecker().check([Self.root + "/" + relative])
    }

    private func designators(_ report: CheckReport, _ rule: String) -> Set<String> {
        Set(report.findings.filter { $0.ruleID == rule }.flatMap(\.designators))
    }

    @Test("every pack the batch discovery finds gets a verdict without crashing")
    func everyPackGetsAVerdict() throws {
        let packs = try PackDiscovery.packs(under: Self.root)
        // 4ms: 2 boards; AlfredoSystems: 3; AxisLabs, Hyena, ELI2350, the ChipWhisperer targets: 2 each;
        // CANGateway's jlcpcb/: 2 (its gerber/ folder holds Gerbers only, production_files/ a full set: discovery
        // cannot tell that they belong together); the other nine repositories one each (fossasia's gerber/ and
        // JLC_PCB_Production_files/ folders are one pack split into fabrication and assembly data).
        #expect(packs.count == 24)
        for pack in packs {
            let report = try PackChecker().check([pack])
            #expect(report.counts.files > 0, "\(pack) yielded no files")
            #expect(
                report.files.allSatisfy { $0.role != .unknown || $0.format == .json }, "\(pack): unidentified files")
        }
    }

    @Test("armbian serial-mux: KiCad Gerber ZIP with a JLCPCB BOM and CPL beside it is a full kit")
    func armbianPasses() throws {
        let report = try check("armbian+mpads/serial-mux/assembly")
        #expect(report.verdict == .pass)
        // 59 designators on 19 BOM lines (counted with Python's csv module), each placed once in the CPL.
        #expect(report.files.first { $0.role == .bom }?.details?.designators == 59)
        #expect(report.files.first { $0.role == .placement }?.details?.placements == 59)
        // The CPL is relative to KiCad's auxiliary origin at the board's top-left corner, in mm, with bottom-side
        // X negated (D1-D8 on the bottom have negative X): every placement lands on the board only that way. The
        // corner is where the outline's centre line turns, (35, -49) mm: its 0.15 mm stroke reaches to 34.925.
        let detected = try #require(report.xyConventions.first)
        #expect(detected.inside == 59)
        #expect(
            detected.convention.unit == .millimeter && detected.convention.bottomXNegated
                && !detected.convention.yNegated)
        #expect(abs(detected.convention.originX - 35) < 1e-6 && abs(detected.convention.originY - -49) < 1e-6)
    }

    @Test("EasyEDA Pro business card: UTF-16LE TAB files with mm suffixes read in full, and pass")
    func easyEDAPasses() throws {
        let report = try check("annoyedmilk+Business-Card/hardware")
        #expect(report.verdict == .pass)
        let placement = try #require(report.files.first { $0.role == .placement })
        #expect(placement.details?.encoding == .utf16LittleEndian)
        #expect(placement.details?.placements == 28)
        #expect(placement.details?.unit == .millimeter)
        #expect(report.files.contains { $0.role == .drill && $0.plated == false })
    }

    @Test("fossasia pslab-mini: the CPL places fiducials FID1-3 (explained) and connector J7 (not) that the BOM lacks")
    func fossasiaFiducials() throws {
        let report = try check("fossasia+pslab-mini-hardware/output")
        #expect(report.verdict == .fail)
        #expect(designators(report, "DIFF_NOT_A_PART") == ["FID1", "FID2", "FID3"])
        #expect(designators(report, "XY_DESIGNATOR_NOT_IN_BOM") == ["J7"])
        // Four copper layers from X2 attributes, L1 to L4.
        #expect(report.files.filter { $0.role == .copper }.compactMap(\.copperLayer).sorted() == [1, 2, 3, 4])
        // Its KiCad 9 job file lists the inner layers as L5 and L7, while the Gerbers say L2 and L3: a contradiction.
        let mismatches = report.findings.filter { $0.ruleID == "JOBFILE_FUNCTION_MISMATCH" }.map(\.message)
        #expect(mismatches.count == 2)
        #expect(mismatches.contains { $0.contains("as Copper,L5,Inr; the file itself says Copper,L2,Inr") })
    }

    @Test("R3NE07: the 'MANIPULATED' Gerber ZIP is the real one again byte for byte: copies noted, a full kit")
    func manipulatedCopy() throws {
        let report = try check("R3NE07+ESP32-Buck-Boost-MPPT-Battery-Charger/hardware")
        // Every member of the second ZIP equals the first ZIP's (compared byte for byte by FullKit and by `cmp`):
        // no file says anything the other does not, so there is nothing to be ambiguous about. The corpus README's
        // table still calls it "(ambiguity)"; its copy in this corpus is identical.
        #expect(report.verdict == .pass, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
        let copies = report.files.filter { $0.copyOf != nil }
        #expect(copies.count == 15)
        // The MANIPULATED folder comes first and is kept; Gerber.zip's members are its copies, and so are the two
        // other outline files (`-MANIPULATED.gbr`, `.GKO`) the MANIPULATED folder holds beside its `.OUTLINE`.
        #expect(copies.allSatisfy { $0.copyOf?.contains("MANIPULATED") == true })
        #expect(report.findings.filter { $0.ruleID == "PACK_DUPLICATE_FILE" }.count == 15)
        // H4-H7 are HOLEHOLE footprints in the XY file: holes, not parts.
        #expect(
            Set(report.findings.filter { $0.ruleID == "DIFF_NOT_A_PART" }.flatMap(\.designators)) == [
                "H4", "H5", "H6", "H7",
            ])
    }

    @Test("SnapperGPS (Eagle 9): bottom test pads and U5 are placed, not in the BOM, and pads with nothing to solder")
    func snapperTestPads() throws {
        let report = try check("SnapperGPS+snappergps-pcb")
        #expect(designators(report, "XY_DESIGNATOR_NOT_IN_BOM").isEmpty)
        // Each sits on a copper pad with a mask opening and no paste (checked by hand against the Gerbers: U5's
        // three pads at x 24.74 have mask openings and no paste).
        #expect(designators(report, "DIFF_NOT_A_PART") == ["GND", "RESET", "SWCLK", "SWDIO", "VDD", "U5"])
        #expect(
            report.files.filter { $0.role == .placement }.compactMap(\.side).sorted { $0.rawValue > $1.rawValue } == [
                .top, .bottom,
            ])
    }

    @Test("4ms sdprog: the designators missing from positions.csv are test pads (TestPoint footprint): a pass")
    func sdprogTestPoints() throws {
        let report = try check("4ms+mp153-devboard/sdprog/sdprog/production")
        #expect(report.verdict == .pass)
        #expect(designators(report, "DIFF_NOT_A_PART") == ["C0", "C1", "CK0", "D1", "D2", "D3"])
    }

    @Test(
        "Fabrication Toolkit packs with a blank reference: an empty XY designator and a BOM count that includes it",
        arguments: [
            "4ms+mp153-devboard/carrier board/v0.3/production", "AlfredoSystems+NoU3-Hardware/production",
            "AlfredoSystems+NoU3-Hardware/NoU3-Lite/production",
            "AlfredoSystems+NoU3-Hardware/NoU3-Panelized/production",
        ])
    func blankReference(pack: String) throws {
        let report = try check(pack)
        // The panel's Edge.Cuts is also open: 96 odd line ends (counted with a separate Python script over its
        // D01/D02 coordinates); FullKit names the first 10 gaps and counts the rest.
        let panel = pack.contains("Panelized")
        let expected =
            ["BOM_QUANTITY_MISMATCH", "XY_EMPTY_DESIGNATOR"]
            + (panel ? Array(repeating: "OUTLINE_OPEN", count: 11) : [])
        #expect(report.findings.filter { $0.severity == .error }.map(\.ruleID).sorted() == expected.sorted())
    }
}
