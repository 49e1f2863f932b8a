import FullKit
import Testing

/// Each rule fails on the TestData variant made to break it (see Scripts/make-testdata.py) and passes on the sample.
@Suite("Verdict rules")
struct VerdictTests {
    private func check(_ path: String) throws -> CheckReport {
        try PackChecker().check([Paths.testData(path)])
    }

    private func errorIDs(_ report: CheckReport) -> [String] {
        report.findings.filter { $0.severity == .error }.map(\.ruleID).sorted()
    }

    @Test(
        "the sample pack passes in every form",
        arguments: [
            "sample/sample-pack.zip", "split", "split-xlsx", "folder", "formats/sample-pack.tar.gz",
            "formats/sample-pack-bzip2.zip",
            "formats/sample-pack-zip64.zip", "formats/sample-pack.7z",
        ])
    func samplePasses(path: String) throws {
        let report = try check(path)
        #expect(report.verdict == .pass, "\(report.findings.map { "\($0.ruleID): \($0.message)" })")
        #expect(report.counts.files == 13)
    }

    @Test("the fab profile needs no BOM or XY, and still needs the board's layers")
    func fabProfile() throws {
        let missingBOM = try PackChecker(profile: .fab).check([Paths.testData("defects/missing-bom.zip")])
        #expect(missingBOM.verdict == .pass)
        #expect(missingBOM.profile == .fab)
        let missingOutline = try PackChecker(profile: .fab).check([Paths.testData("defects/missing-outline.zip")])
        #expect(missingOutline.findings.filter { $0.severity == .error }.map(\.ruleID) == ["MISSING_OUTLINE"])
    }

    @Test("a job file that agrees with the layers (in KiCad's spellings SolderPaste and Profile) passes")
    func agreeingJobFile() throws {
        let report = try check("variants/with-job-file.zip")
        #expect(report.verdict == .pass)
        #expect(!report.findings.contains { $0.ruleID.hasPrefix("JOBFILE_") || $0.ruleID.hasPrefix("LAYER_") })
        #expect(report.files.first { $0.role == .jobFile }?.details?.projectId?.revision == "1.0")
    }

    @Test("the DNP line of the sample is explained, not an error")
    func doNotPlaceIsInfo() throws {
        let report = try check("sample/sample-pack.zip")
        let dnp = report.findings.first { $0.designators == ["R3"] }
        #expect(dnp?.ruleID == "BOM_DNP_NOT_PLACED")
        #expect(dnp?.severity == .info)
    }

    @Test(
        "each defect fails with exactly its rule",
        arguments: [
            ("defects/missing-bom.zip", ["MISSING_BOM"]),
            ("defects/missing-outline.zip", ["MISSING_OUTLINE"]),
            ("defects/missing-bottom-paste.zip", ["MISSING_PASTE"]),
            ("defects/two-boms.zip", ["PACK_AMBIGUOUS_FILE"]),
            // R9 is also absent from the copper's %TO.C designators.
            (
                "defects/bom-xy-mismatch.zip",
                ["BOM_DESIGNATOR_NOT_PLACED", "GERBER_DESIGNATOR_MISSING", "XY_DESIGNATOR_NOT_IN_BOM"]
            ),
            ("defects/duplicate-designator.zip", ["BOM_DUPLICATE_DESIGNATOR"]),
            ("defects/quantity-mismatch.zip", ["BOM_QUANTITY_MISMATCH"]),
            // The copper breaks off: the parts whose pads it lost lie off what remains of them.
            ("defects/truncated-gerber.zip", ["GERBER_MISSING_M02", "GERBER_UNTERMINATED_BLOCK", "XY_OFF_PADS"]),
            ("defects/nested-older-copy.zip", ["PACK_AMBIGUOUS_FILE"]),
            ("defects/mixed-revision.zip", ["VERSION_PROJECT_MISMATCH"]),
            ("defects/stale-layer.zip", ["VERSION_DATE_SPREAD", "VERSION_SOFTWARE_MISMATCH"]),
            ("defects/xy-outside-board.zip", ["XY_OFF_PADS", "XY_OUTSIDE_BOARD"]),
            // U1 500 mm off: it passed before, the XY file re-read as mil (all parts squeezed onto the board); only
            // millimetres put the parts on their pads.
            ("defects/xy-part-far-off.zip", ["XY_OFF_PADS", "XY_OUTSIDE_BOARD"]),
            // Only the non-plated drill file: it passed before, counted as drill data. KiCad's shape (X2 ViaPad,
            // ComponentPad), and a tool's without X2 (vias seen as flashes on both outer layers).
            ("defects/plated-drill-missing.zip", ["MISSING_DRILL"]),
            ("defects/plated-drill-missing-no-x2.zip", ["MISSING_DRILL"]),
            // J2 (through-hole) missing from an XY file that lists J1 (through-hole): no SMD-only export, so missing
            // (it passed before, explained by its footprint name); the copper has no pads for it either.
            ("defects/through-hole-dropped-from-xy.zip", ["BOM_DESIGNATOR_NOT_PLACED", "GERBER_DESIGNATOR_MISSING"]),
            // Every part 1.5 mm off its pads, still on the board: it passed before. All seven SMD parts are named (J1,
            // through-hole, may lie beside its pins).
            ("defects/xy-stale-off-pads.zip", Array(repeating: "XY_OFF_PADS", count: 7)),
            ("defects/layer-from-other-board.zip", ["LAYER_OUTSIDE_OUTLINE"]),
            (
                "defects/job-file-mismatch.zip",
                ["JOBFILE_FILE_MISSING", "JOBFILE_FUNCTION_MISMATCH", "LAYER_COUNT_MISMATCH"]
            ),
            // The drill files' X2 span (1 to 4) sees the missing layer too.
            ("defects/missing-inner-layer.zip", ["LAYER_COUNT_DRILL_SPAN", "LAYER_STACK_GAP"]),
            // The XY file's package says 0805 for C1, the BOM's footprint 0603.
            ("defects/bom-footprint-mismatch.zip", ["BOM_XY_FOOTPRINT_MISMATCH"]),
            // A plated drill through layers 1 to 4 in a pack of two copper layers (no job file, no inner names).
            ("defects/drill-span-four-layers.zip", ["LAYER_COUNT_DRILL_SPAN"]),
            // Every plated hole 3 mm right and 2 mm down of its pad, all still on the board: it passed before.
            ("defects/drill-shifted.zip", ["DRILL_OFF_PADS"]),
            // The header says mil, the numbers are mm: every part sits in the board's corner, off its pads.
            // C3 listed on top, its pads only on the bottom copper: it passed before (such parts were not judged).
            ("defects/xy-wrong-side.zip", ["XY_WRONG_SIDE"]),
            ("defects/xy-unit-contradicted.zip", Array(repeating: "XY_OFF_PADS", count: 8) + ["XY_UNIT_CONTRADICTED"]),
            ("defects/open-outline.zip", ["OUTLINE_OPEN"]),
            ("defects/drill-in-cutout.zip", ["DRILL_OUTSIDE_BOARD"]),
            ("defects/name-contradicts-header.zip", ["FILE_IDENTITY_CONFLICT"]),
            ("defects/broken-job-file.zip", ["JOBFILE_INVALID"]),
            ("defects/xy-duplicate-designator.zip", ["XY_DUPLICATE_DESIGNATOR", "XY_OFF_PADS"]),
            ("defects/name-revision-mismatch.zip", ["VERSION_NAME_REVISION_MISMATCH"]),
            (
                "defects/gerber-designator-mismatch.zip",
                ["GERBER_DESIGNATOR_MISSING", "GERBER_DESIGNATOR_MISSING", "GERBER_DESIGNATOR_UNLISTED"]
            ),
        ])
    func defectFails(path: String, expected: [String]) throws {
        let report = try check(path)
        #expect(report.verdict == .fail)
        #expect(errorIDs(report) == expected)
    }

    @Test("explained differences pass with a warning that says why: a fiducial, a through-hole header")
    func explainedDifferences() throws {
        let report = try check("variants/explained-differences.zip")
        #expect(report.verdict == .pass)
        let fiducial = try #require(report.findings.first { $0.designators == ["FID1"] })
        #expect(fiducial.ruleID == "DIFF_NOT_A_PART" && fiducial.severity == .warning)
        #expect(fiducial.message.contains("a fiducial (designator prefix FID)"))
        let header = try #require(report.findings.first { $0.designators == ["J2"] })
        #expect(header.ruleID == "DIFF_THROUGH_HOLE")
        #expect(header.message.contains("PinHeader_1x04_P2.54mm_Vertical"))
    }

    @Test("the BOM/XY difference names each designator and points at its row")
    func differencesAreNamed() throws {
        let report = try check("defects/bom-xy-mismatch.zip")
        let notPlaced = report.findings.first { $0.ruleID == "BOM_DESIGNATOR_NOT_PLACED" }
        #expect(notPlaced?.designators == ["R2"])
        #expect(notPlaced?.file == "bom-xy-mismatch.zip/sample-bom.csv")
        #expect(notPlaced?.location == SourceLocation(line: 2, column: 5))
        let notInBOM = report.findings.first { $0.ruleID == "XY_DESIGNATOR_NOT_IN_BOM" }
        #expect(notInBOM?.designators == ["R9"])
        #expect(notInBOM?.location?.line == 9)
    }

    @Test("a duplicate designator names both places")
    func duplicateNamesBoth() throws {
        let report = try check("defects/duplicate-designator.zip")
        let duplicate = try #require(report.findings.first { $0.ruleID == "BOM_DUPLICATE_DESIGNATOR" })
        #expect(duplicate.designators == ["C1"])
        #expect(duplicate.location?.line == 9)
        #expect(duplicate.related.first?.location?.line == 3)
    }

    @Test("the revision table of the sample: one project, one program, one day, every signal with its files")
    func revisionTable() throws {
        let report = try check("sample/sample-pack.zip")
        #expect(report.revisions.map(\.kind) == [.creationDay, .generationSoftware, .projectID])
        #expect(
            report.revisions.first { $0.kind == .projectID }?.value
                == "sample, 73616d70-6c65-2e6b-6963-61645f706362, 1.0")
        #expect(report.revisions.first { $0.kind == .projectID }?.files.count == 9)
        // The drill files say "Kicad", the Gerbers "KiCad": one program.
        #expect(report.revisions.first { $0.kind == .generationSoftware }?.files.count == 11)
        #expect(!report.findings.contains { $0.ruleID.hasPrefix("VERSION_") })
    }

    @Test("an open outline names its gap")
    func openOutline() throws {
        let report = try check("defects/open-outline.zip")
        let open = try #require(report.findings.first { $0.ruleID == "OUTLINE_OPEN" })
        #expect(open.message == "the outline is open: a gap of 20.0 mm between (0.0 mm, 0.0 mm) and (0.0 mm, 20.0 mm)")
    }

    @Test("a stale layer is named as the oldest file")
    func staleLayerNamed() throws {
        let report = try check("defects/stale-layer.zip")
        let spread = try #require(report.findings.first { $0.ruleID == "VERSION_DATE_SPREAD" })
        // 2026-10-23T16:05 to 2026-11-02T09:30 is 9 days, 17 h 25 min.
        #expect(spread.message.contains("233 hours"))
        #expect(spread.related.first?.file == "stale-layer.zip/sample-F_Silkscreen.gbr")
    }

    @Test(
        "a BOM part missing from the XY file with copper pads but no paste is through-hole, first by its plated holes")
    func throughHoleByPaste() throws {
        let report = try check("variants/through-hole-by-paste.zip")
        #expect(report.verdict == .pass, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
        let finding = try #require(report.findings.first { $0.designators == ["J1"] })
        #expect(finding.ruleID == "DIFF_THROUGH_HOLE")
        // The board's geometry comes before the paste layers: J1's pads sit on the plated drill file's holes.
        #expect(finding.message.contains("its 2 copper pads (%TO.C) carry plated holes"))
    }

    @Test("a BOM part missing from the XY file whose copper pads X2 marks ComponentPad is explained as through-hole")
    func throughHoleByPadFunction() throws {
        let report = try check("variants/through-hole-by-pad-function.zip")
        #expect(report.verdict == .pass, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
        let finding = try #require(report.findings.first { $0.designators == ["J1"] })
        #expect(finding.ruleID == "DIFF_THROUGH_HOLE")
        #expect(finding.message.contains("its 2 copper pads (%TO.C) carry plated holes"))
    }

    @Test("a hole in a cut-out of the outline is off the board, though inside the outline's extent")
    func drillInCutout() throws {
        let report = try check("defects/drill-in-cutout.zip")
        let errors = report.findings.filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == ["DRILL_OUTSIDE_BOARD"])
        let finding = try #require(errors.first)
        #expect(finding.file == "drill-in-cutout.zip/sample-NPTH.drl")
        #expect(finding.location?.line == 17)
        #expect(finding.message.contains("the first at (22.0 mm, 10.0 mm) is 2.0 mm from the outline"))
    }

    @Test(
        "arcs of a rounded outline are followed as arcs: a hole inside the rounding, beyond the chord, is on the board")
    func roundedOutline() throws {
        let report = try check("variants/rounded-outline.zip")
        #expect(report.verdict == .pass, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
        #expect(!report.findings.contains { $0.ruleID == "OUTLINE_OPEN" || $0.ruleID == "DRILL_OUTSIDE_BOARD" })
    }

    @Test("an XY file relative to a user origin that is no board corner: registered onto the pads, a pass")
    func xyOtherOrigin() throws {
        let report = try check("variants/xy-other-origin.zip")
        #expect(report.verdict == .pass, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
        let detected = try #require(report.xyConventions.first)
        #expect(detected.convention.originByPads)
        #expect(abs(detected.convention.originX - -12.35) < 0.01 && abs(detected.convention.originY - 7.8) < 0.01)
        #expect(detected.onPads == 8)
    }

    @Test(
        "a drill file that states no format, ten digits a coordinate: the pads decide 5:5 (it failed before), a warning says so"
    )
    func drillFormatOpen() throws {
        let report = try check("variants/drill-format-open.zip")
        #expect(report.verdict == .pass, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
        let warning = try #require(report.findings.first { $0.ruleID == "DRILL_FORMAT_FROM_PADS" })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("0 of 9 holes land on a copper pad, scaled by 0.1, 9 do"))
        let registration = try #require(report.drillRegistrations.first)
        #expect(registration.correction == .format(0.1) && registration.onPadsCorrected == 9)
    }

    @Test("a shifted drill file: the shift that registers it is named")
    func drillShifted() throws {
        let report = try check("defects/drill-shifted.zip")
        let finding = try #require(report.findings.first { $0.ruleID == "DRILL_OFF_PADS" })
        #expect(
            finding.message
                == "0 of 9 holes land on a copper pad as written, 9 when shifted by (-3.0 mm, 2.0 mm): the drill file has another origin"
        )
    }

    @Test("the sample's drill lands on its pads as written")
    func drillRegistered() throws {
        let report = try check("sample/sample-pack.zip")
        #expect(report.drillRegistrations.map(\.onPads) == [3])
        #expect(report.drillRegistrations.first?.correction == nil)
    }

    @Test(
        "placements with no BOM line and names that say nothing, judged by the board: a fiducial (round copper in a wider mask opening), a test pad (the opening hugs its copper), a tooling hole"
    )
    func placementsJudgedByTheBoard() throws {
        let report = try check("variants/placements-judged-by-the-board.zip")
        #expect(report.verdict == .pass, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
        let notParts = report.findings.filter { $0.ruleID == "DIFF_NOT_A_PART" }
        #expect(notParts.map(\.designators) == [["K1"], ["K2"], ["K3"]])
        guard notParts.count == 3 else { return }
        #expect(
            notParts[0].message.contains("it is a fiducial: the board has a round copper pad in a wider mask opening"))
        #expect(notParts[1].message.contains("a tooling or mounting hole"))
        #expect(
            notParts[2].message.contains(
                "a pad with nothing to solder (a test pad or a contact): the board has a copper pad with a mask opening, no paste and no hole"
            ))
    }

    @Test("an SMD BOM and a through-hole BOM with no designator in common are read together: a pass")
    func splitBOMs() throws {
        let report = try check("variants/split-boms.zip")
        #expect(report.verdict == .pass, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
        #expect(report.files.filter { $0.role == .bom }.count == 2)
        #expect(
            !report.findings.contains {
                $0.ruleID == "BOM_DESIGNATOR_NOT_PLACED" || $0.ruleID == "XY_DESIGNATOR_NOT_IN_BOM"
            })
    }

    @Test("an outline layer that also draws a title frame, a dimension line and text: the board is its edge, a pass")
    func outlineWithDrawing() throws {
        let report = try check("variants/outline-with-drawing.zip")
        #expect(report.verdict == .pass, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
        let drawing = try #require(report.findings.first { $0.ruleID == "OUTLINE_DRAWING" })
        #expect(
            drawing.message
                == "besides the board's edge (x 0.0…30.0, y 0.0…20.0 mm), the outline layer draws 7 strokes within x -10.0…40.0, y -15.0…30.0 mm; they are taken as drawing, not as the board"
        )
        #expect(report.xyConventions.first?.inside == 8)
    }

    @Test("a drill file that does not say which zeros it omits is read the one way that puts its holes on the board")
    func drillZerosFromBoard() throws {
        let report = try check("variants/drill-zeros-unstated.zip")
        #expect(report.verdict == .pass, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
        let decision = try #require(report.findings.first { $0.ruleID == "DRILL_ZEROS_FROM_BOARD" })
        #expect(decision.severity == .warning)
        #expect(decision.file == "drill-zeros-unstated.zip/sample-NPTH.drl")
        #expect(
            decision.message
                == "the file does not say which zeros it omits: read with leading zeros omitted (TZ), all 2 holes lie on the board; read with trailing zeros omitted, 2 would lie off it"
        )
        #expect(!report.findings.contains { $0.ruleID == "EXCELLON_ZERO_MODE_UNKNOWN" })
    }

    @Test("a hole drawn as a circle on the outline (Eagle) with the drill hit at its centre is on the board")
    func holeDrawnOnOutline() throws {
        let report = try check("variants/hole-drawn-on-outline.zip")
        #expect(report.verdict == .pass, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
        #expect(!report.findings.contains { $0.ruleID == "DRILL_OUTSIDE_BOARD" || $0.ruleID == "OUTLINE_DRAWING" })
    }

    @Test(
        "XY conventions: the sample in mm, KiCad's negated bottom X, and mil inferred from the outline",
        arguments: [
            ("sample/sample-pack.zip", LengthUnit.millimeter, false, false),
            ("variants/kicad-bottom-convention.zip", .millimeter, true, true),
            ("variants/xy-in-mil.zip", .mil, false, false),
        ])
    func xyConvention(path: String, unit: LengthUnit, stated: Bool, bottomNegated: Bool) throws {
        let report = try check(path)
        #expect(report.verdict == .pass, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
        let detected = try #require(report.xyConventions.first)
        #expect(detected.convention.unit == unit)
        #expect(detected.convention.unitStated == stated)
        #expect(detected.convention.bottomXNegated == bottomNegated)
        #expect(detected.inside == detected.placements)
        #expect(report.findings.contains { $0.ruleID == "XY_UNIT_INFERRED" } == !stated)
    }

    @Test("a placement off the board is named with its distance")
    func placementOffBoard() throws {
        let report = try check("defects/xy-outside-board.zip")
        let outside = try #require(report.findings.first { $0.ruleID == "XY_OUTSIDE_BOARD" })
        #expect(outside.designators == ["U1"])
        // 80 mm against an outline whose 0.1 mm line reaches x = 30.05.
        #expect(outside.message.contains("is 50.0 mm outside the board outline"))
    }

    @Test("a nested archive copy of a layer is called a version conflict")
    func nestedConflict() throws {
        let report = try check("defects/nested-older-copy.zip")
        let finding = try #require(report.findings.first { $0.ruleID == "PACK_AMBIGUOUS_FILE" })
        #expect(finding.message.contains("version conflict"))
        #expect(finding.message.contains("old-rev-A.zip/sample-F_Cu.gbr"))
    }

    @Test(
        "broken archives fail with the archive rule",
        arguments: [
            ("archives/crc-mismatch.zip", "ARCHIVE_CORRUPT_MEMBER"),
            ("archives/encrypted-member.zip", "ARCHIVE_ENCRYPTED_MEMBER"),
            ("archives/truncated.zip", "ARCHIVE_TRUNCATED"),
            ("archives/not-a-zip.zip", "ARCHIVE_UNREADABLE"),
            ("archives/traversal-names.zip", "ARCHIVE_UNSAFE_NAME"),
            ("archives/zip-bomb.zip", "ARCHIVE_LIMIT_EXCEEDED"),
        ])
    func brokenArchiveFails(path: String, rule: String) throws {
        let report = try check(path)
        #expect(report.verdict == .fail)
        #expect(report.findings.contains { $0.ruleID == rule && $0.severity == .error })
    }

    @Test(
        "revision tokens are read from file names, not from words that contain 'rev'",
        arguments: [
            ("board_revB.GTL", "rev b"), ("MinnowMax_RevA1_top.art", "rev a1"), ("out/mp153-v0.3-F_Cu.gbr", "v0.3"),
            ("ctrl-rev_1_2-bom.csv", "rev 1.2"), ("Rev 3 positions.csv", "rev 3"), ("preview-F_Cu.gbr", nil),
            ("reverse-silk.gbr", nil), ("sample-F_Cu.gbr", nil), ("SnapperGPS_1_0_0_BOM.csv", nil),
            ("rev1/board.gtl", nil),
        ] as [(String, String?)])
    func revisionTokens(name: String, token: String?) {
        #expect(RevisionSignal.revisionToken(inName: name) == token)
    }

    @Test("files named for two revisions: the error names both and the table shows them")
    func nameRevisions() throws {
        let report = try check("defects/name-revision-mismatch.zip")
        let finding = try #require(report.findings.first { $0.ruleID == "VERSION_NAME_REVISION_MISMATCH" })
        #expect(
            finding.message.contains("'rev a' (1 file, e.g. name-revision-mismatch.zip/sample-revA-B_Silkscreen.gbr)"))
        #expect(report.revisions.filter { $0.kind == .fileNameRevision }.map(\.value) == ["rev a", "rev b"])
    }

    @Test("a fiducial with pads in the copper but in neither BOM nor XY is recorded as not a part; the pack passes")
    func fiducialInCopper() throws {
        let report = try check("variants/fiducial-in-copper.zip")
        #expect(report.verdict == .pass, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
        let finding = try #require(report.findings.first { $0.ruleID == "GERBER_DESIGNATOR_NOT_A_PART" })
        #expect(finding.severity == .info)
        #expect(finding.message.contains("FID1") && finding.message.contains("a fiducial"))
    }
}
