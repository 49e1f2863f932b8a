import FullKit
import Testing

/// The real packs of `../shared/corpus/packs` written by Altium, Allegro, PADS, Eagle and LibrePCB, and by KiCad
/// through the JLCPCB plugin. Each verdict is the one the corpus README gives from reading the files by hand; the
/// counts below are the README's (made with Python's csv, xlrd and openpyxl), and each test names the evidence the
/// verdict rests on.
@Suite(
    "Real packs from every tool",
    .enabled(if: Paths.corpusTestsEnabled, "../shared/corpus is not beside this clone"))
struct CorpusToolPackTests {
    private static let root = Paths.corpus + "/packs"

    private func check(_ relative: String) throws -> CheckReport {
        try PackChecker().check([Self.root + "/" + relative])
    }

    private func errors(_ report: CheckReport) -> Set<String> {
        Set(report.findings.filter { $0.severity == .error }.map(\.ruleID))
    }

    private func designators(_ report: CheckReport, _ rule: String) -> Set<String> {
        Set(report.findings.filter { $0.ruleID == rule }.flatMap(\.designators))
    }

    private func file(_ report: CheckReport, _ role: FileRole) -> CheckReport.File? {
        report.files.first { $0.role == role && $0.copyOf == nil }
    }

    // MARK: Altium

    @Test("Altium CW308T -02: the release ZIP holds rev 02A Gerbers beside the loose 02B ones: ambiguous, FAIL")
    func altiumTwoRevisions() throws {
        let report = try check("newaetech+chipwhisperer-target-cw308t/CW308T_MPC57/altium_src/RELEASE/-02")
        #expect(report.verdict == .fail)
        let ambiguous = report.findings.filter { $0.ruleID == "PACK_AMBIGUOUS_FILE" }.map(\.message)
        #expect(ambiguous.contains { $0.contains("bottom copper") && $0.contains("NAE-CW308T-MPC5748G-02.zip") })
        // The loose 02B ZIP equals the loose 02B files; the 02A ZIP nested in the release ZIP equals its 02A files.
        #expect(report.findings.contains { $0.ruleID == "PACK_DUPLICATE_FILE" })
        // The legacy .xls BOM: 22 lines, 76 designators with U1 on two variant lines; J1 quantity 3 for one.
        let bom = try #require(file(report, .bom))
        #expect(bom.format == .spreadsheet && bom.details?.designators == 77)
        #expect(designators(report, "BOM_DUPLICATE_DESIGNATOR") == ["U1"])
        #expect(designators(report, "BOM_QUANTITY_MISMATCH") == ["J1"])
        // The BOM's line `R18, R19, R21` says 22R (its description: 22R, 22R, 120R) and R20 470R; the Pick Place,
        // dated before both Gerber sets, says 120R for both: it is stale.
        #expect(designators(report, "BOM_XY_VALUE_MISMATCH") == ["R20", "R21"])
        // The fixed-width Pick Place text in mil: 76 rows, comments with spaces and commas kept in their column.
        let placement = try #require(file(report, .placement))
        #expect(placement.details?.placements == 76 && placement.details?.unit == .mil)
    }

    @Test("Altium CW312T: .xls BOM, quoted CSV after a preamble, duplicates noted; fiducials, holes, finger: PASS")
    func altiumPasses() throws {
        let report = try check("newaetech+chipwhisperer-target-cw308t/CW312T_ATSAM4S/altium_src/RELEASE")
        #expect(report.verdict == .pass, "\(errors(report))")
        #expect(file(report, .bom)?.details?.designators == 17)
        #expect(file(report, .placement)?.details?.placements == 24)
        #expect(designators(report, "BOM_DESIGNATOR_NOT_PLACED").isEmpty)
        #expect(
            designators(report, "DIFF_NOT_A_PART").isSuperset(of: ["FID1", "FID2", "FID3", "MH1", "MH2", "P1", "SJ1"]))
        #expect(report.files.filter { $0.copyOf != nil }.count == 12)
    }

    @Test("Altium AMDC rev E: CON16-18 bought but not placed, SOM1 placed but not bought: FAIL on exactly those")
    func altiumConnectors() throws {
        let report = try check("Severson-Group+AMDC-Hardware/REV20210325E")
        #expect(report.verdict == .fail)
        #expect(errors(report) == ["BOM_DESIGNATOR_NOT_PLACED", "XY_DESIGNATOR_NOT_IN_BOM"])
        #expect(designators(report, "BOM_DESIGNATOR_NOT_PLACED") == ["CON16", "CON17", "CON18"])
        #expect(designators(report, "XY_DESIGNATOR_NOT_IN_BOM") == ["SOM1"])
        // Screws, standoffs, jumper shunts and the heat sink are bought, not placed; fiducials, holes, test pads
        // are placed, not bought.
        let explained = designators(report, "DIFF_NOT_A_PART")
        #expect(explained.isSuperset(of: ["SCREW1", "STANDOFF13", "JMP10", "HEATSINK1", "FID1", "MH13", "TP5"]))
        // Inner layers .G2L-.G5L known only from `G04 Layer_Physical_Order=n`.
        #expect(report.files.filter { $0.role == .copper }.compactMap(\.copperLayer).sorted() == [1, 2, 3, 4, 5, 6])
        let placement = try #require(file(report, .placement))
        #expect(placement.details?.placements == 472 && placement.details?.encoding == .windows1252)
        #expect(file(report, .bom)?.details?.designators == 479)
    }

    // MARK: Allegro

    @Test("Allegro DSP daughter board: price.xls is a cost sheet, not a BOM; three XY reports disagree: FAIL")
    func allegroNoBOM() throws {
        let report = try check("EMDCYY+Multi-Core-HD-Video-Processing-Platform/circuit/DSP-DaughterBoard")
        #expect(report.verdict == .fail)
        #expect(errors(report).isSuperset(of: ["MISSING_BOM", "PACK_AMBIGUOUS_FILE"]))
        let price = try #require(report.files.first { $0.path.hasSuffix("price.xls") })
        #expect(price.role == .documentation && price.format == .spreadsheet)
        // Ten copper films art01…art10 / pgp02…pgp09 from their numbers; 562 placements per report, in mil.
        let copper = report.files.filter { $0.role == .copper && $0.copyOf == nil }
        #expect(copper.compactMap(\.copperLayer).sorted() == Array(1...10))
        #expect(file(report, .placement)?.details?.placements == 562)
        #expect(file(report, .placement)?.details?.unit == .mil)
    }

    // MARK: PADS

    @Test("PADS encoder: UTF-16 headerless TAB BOM read (14 designators), but no pick-and-place anywhere: FAIL")
    func padsEncoder() throws {
        let report = try check("binphilxiao+AxisLabs/GR0101/052357-9/052357-9 Encoder Manufacture")
        #expect(report.verdict == .fail)
        #expect(errors(report) == ["MISSING_PLACEMENT"])
        let bom = try #require(file(report, .bom))
        #expect(bom.details?.designators == 14 && bom.details?.encoding == .utf16LittleEndian)
        #expect(report.files.contains { $0.role == .outline })
    }

    @Test("PADS current monitor: two .xlsx BOMs that disagree, and no pick-and-place: FAIL")
    func padsTwoBOMs() throws {
        let report = try check("binphilxiao+AxisLabs/GR0101/currentMonitorWithLED/Production_2018.12.04")
        #expect(report.verdict == .fail)
        #expect(errors(report) == ["MISSING_PLACEMENT", "PACK_AMBIGUOUS_FILE", "BOM_BOMS_DISAGREE"])
        #expect(
            report.findings.contains {
                $0.ruleID == "PACK_AMBIGUOUS_FILE" && $0.message.contains("BillOfMaterials_DiffMode.xlsx")
            })
        // The README's disagreement: R28 is CRCW06032K00FKEAC in the main BOM's DiffMode column, 1 k in the order list.
        #expect(
            report.findings.filter { $0.ruleID == "BOM_BOMS_DISAGREE" }.map(\.message) == [
                "R28 is part number 'CRCW06032K00FKEAC' in BillOfMaterials.xlsx but 'CRCW06031K00FKEAC' in BillOfMaterials_DiffMode.xlsx"
            ])
        #expect(report.files.first { $0.path == "BillOfMaterials.xlsx" }?.details?.designators == 43)
    }

    // MARK: Eagle

    @Test("Eagle Hyena 0v4: legacy CAM names read, but no paste layer and no outline file: FAIL")
    func eagleLegacyNames() throws {
        let report = try check("bschulz1701+Project-Hyena/Production/0v4")
        #expect(report.verdict == .fail)
        #expect(errors(report) == ["MISSING_OUTLINE", "MISSING_PASTE"])
        // The paste finding names the top side only: the bottom holds JP1-JP8, marked DNP in the BOM.
        let paste = report.findings.filter { $0.ruleID == "MISSING_PASTE" }
        #expect(paste.count == 1 && paste[0].message.contains("top side"))
        // The headerless comma .mnt in mil with Top/Bot, and the quote ZIP's copies noted, not ambiguous.
        #expect(file(report, .placement)?.details?.placements == 91)
        #expect(report.files.filter { $0.copyOf != nil }.count >= 3)
    }

    @Test("Eagle Hyena 1v0: the CAM tree, TAB PnP front/back, fixed-width Partlist with DNP jumpers: PASS")
    func eaglePasses() throws {
        let report = try check("bschulz1701+Project-Hyena/Production/1v0/PrimaryLogger_2021-05-12.zip")
        #expect(report.verdict == .pass, "\(errors(report))")
        #expect(file(report, .bom)?.details?.designators == 92)
        let placements = report.files.filter { $0.role == .placement }
        #expect(placements.compactMap(\.details?.placements).sorted() == [8, 72])
        #expect(designators(report, "DIFF_THROUGH_HOLE").isSuperset(of: ["J1", "J9"]))
    }

    @Test("Eagle SlaveBMS: no drill file anywhere for a 4-layer board with vias and through-hole parts: FAIL")
    func eagleNoDrill() throws {
        let report = try check("701lab+SlaveBMS/CAMOutputs")
        #expect(report.verdict == .fail)
        #expect(errors(report).contains("MISSING_DRILL"))
        // The loose job file and the ZIP's differ in their date: two job files, one pack.
        #expect(
            report.findings.contains { $0.ruleID == "PACK_AMBIGUOUS_FILE" && $0.message.contains("Gerber job file") })
        #expect(file(report, .bom)?.details?.designators == 228)
        #expect(file(report, .placement)?.details?.placements == 212)
    }

    // MARK: LibrePCB

    @Test("LibrePCB kbdkid4: a reversible board (THT twins at the same X/Y both sides) and a BOM with no MPNs: FAIL")
    func librePCBReversible() throws {
        let report = try check("Tubbles+kbdkid4/output")
        #expect(report.verdict == .fail)
        #expect(errors(report) == ["XY_THROUGH_HOLE_BOTH_SIDES", "BOM_NO_PART_NUMBERS", "XY_WRONG_SIDE"])
        // The same question seen from the copper: the hot-swap sockets (KHA-PG1350, SMT) the top XY file lists
        // (S1xx) have their pads (%TO.C) on the bottom copper only, and those the bottom file lists (S2xx) on the top.
        let wrongSide = Set(report.findings.filter { $0.ruleID == "XY_WRONG_SIDE" }.flatMap(\.designators))
        #expect(wrongSide.count { $0.hasPrefix("S1") } == 25 && wrongSide.count { $0.hasPrefix("S2") } == 25)
        #expect(wrongSide.count == 50)
        let twins = report.findings.filter { $0.ruleID == "XY_THROUGH_HOLE_BOTH_SIDES" }
        #expect(Set(twins.map(\.designators)) == [["DS1", "DS2"], ["J1", "J2"], ["U1", "U2"]])
        #expect(twins.allSatisfy { $0.message.hasSuffix("78 of 82 top placements have a bottom twin at the same X/Y") })
        #expect(file(report, .bom)?.details?.designators == 164)
    }

    // MARK: KiCad through the JLCPCB plugin

    @Test("CANGateway jlcpcb/: two revisions whose names differ by one letter's case, and U3/U4 unplaced: FAIL")
    func kicadTwoRevisions() throws {
        let report = try check("CANGateway+CANGatewayE_hardware/jlcpcb")
        #expect(report.verdict == .fail)
        #expect(
            report.findings.contains {
                $0.ruleID == "PACK_AMBIGUOUS_FILE"
                    && $0.message.hasSuffix(
                        "production_files/BOM-CANGatewayE.csv, production_files/BOM-CANgatewayE.csv")
            })
        #expect(errors(report).isSuperset(of: ["VERSION_SOFTWARE_MISMATCH", "VERSION_DATE_SPREAD"]))
        #expect(designators(report, "BOM_DESIGNATOR_NOT_PLACED") == ["U3", "U4"])
        // The loose gerber/ folder is the newer ZIP's files again: those are copies, only the older ZIP's differ.
        #expect(
            report.files.contains {
                $0.path.hasPrefix("production_files/GERBER-CANGatewayE.zip/") && $0.copyOf?.hasPrefix("gerber/") == true
            })
    }

    @Test(
        "ELI2350 boards: the plugin's Gerber ZIP has no paste layer while SMD parts sit on top: FAIL on that alone",
        arguments: [
            "Emute-Lab-Instruments+ELI2350/jlcpcb/production_files",
            "Emute-Lab-Instruments+ELI2350/ELI2350Dock/jlcpcb/production_files",
        ])
    func kicadNoPaste(pack: String) throws {
        let report = try check(pack)
        #expect(report.verdict == .fail)
        #expect(errors(report) == ["MISSING_PASTE"])
    }
}
