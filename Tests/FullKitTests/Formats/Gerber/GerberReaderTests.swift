import FullKit
import Testing

@Suite("Gerber reader")
struct GerberReaderTests {
    @Test("reads format, unit, X2 attributes, counts and extent of a KiCad-style layer")
    func readsKiCadLayer() throws {
        let text = MarkedText(
            """
            %TF.GenerationSoftware,KiCad,Pcbnew,8.0.5*%
            %TF.ProjectId,board,626f6172-64,2.C*%
            %TF.FileFunction,Copper,L1,Top*%
            %FSLAX46Y46*%
            %MOMM*%
            %TA.AperFunction,SMDPad,CuDef*%
            %ADD10R,1.000000X2.000000*%
            %TD*%
            %ADD11C,0.200000*%
            D10*
            %TO.C,R1*%
            X1000000Y2000000D03*
            %TD*%
            D11*
            X0Y0D02*
            G01*
            X5000000Y0D01*
            M02*

            """)
        let document = GerberReader.read(text.bytes)
        #expect(document.issues.isEmpty)
        #expect(document.unit == .millimeter)
        #expect(document.format?.decimalDigits == 6)
        #expect(document.attributes.fileFunction == ["Copper", "L1", "Top"])
        #expect(document.attributes.projectId == ProjectId(name: "board", guid: "626f6172-64", revision: "2.C"))
        #expect(document.flashCount == 1)
        #expect(document.drawCount == 1)
        #expect(document.componentDesignators == ["R1"])
        #expect(document.apertureFunctions == ["SMDPad,CuDef"])
        let extent = try #require(document.extent)
        // The rectangle flash at (1, 2) reaches 1 mm up; the 0.2 mm line from (0,0) to (5,0) reaches 0.1 mm out.
        #expect(abs(extent.minX - -0.1) < 1e-9)
        #expect(abs(extent.maxX - 5.1) < 1e-9)
        #expect(abs(extent.minY - -0.1) < 1e-9)
        #expect(abs(extent.maxY - 3.0) < 1e-9)
    }

    @Test("reads X2 attributes written as G04 #@! comments, KiCad 4 and Eagle 9 spellings")
    func readsCommentAttributes() {
        let kicad = GerberReader.read(
            Array("G04 #@! TF.FileFunction,Soldermask,Top*\n%FSLAX46Y46*%\n%MOMM*%\nM02*\n".utf8))
        #expect(kicad.attributes.fileFunction == ["Soldermask", "Top"])
        let eagle = GerberReader.read(
            Array("G04 #@! %TF.FileFunction,Copper,L1,Top,Mixed*\n%FSLAX34Y34*%\n%MOMM*%\nM02*\n".utf8))
        #expect(eagle.attributes.fileFunction == ["Copper", "L1", "Top", "Mixed"])
    }

    @Test(
        "small dark regions are pads at their box's centre when flashes are recorded; pours and clear regions are not")
    func regionPads() {
        let gerber = """
            %FSLAX46Y46*%
            %MOMM*%
            %TO.C,R7*%
            G36*
            X1000000Y2000000D02*
            G01*
            X2200000Y2000000D01*
            X2200000Y2800000D01*
            X1000000Y2800000D01*
            X1000000Y2000000D01*
            G37*
            %TD*%
            G36*
            X0Y0D02*
            X20000000Y0D01*
            X20000000Y20000000D01*
            X0Y20000000D01*
            X0Y0D01*
            G37*
            %LPC*%
            G36*
            X5000000Y5000000D02*
            X6000000Y5000000D01*
            X6000000Y6000000D01*
            X5000000Y5000000D01*
            G37*
            M02*

            """
        let recorded = GerberReader.read(Array(gerber.utf8), recordingFlashes: true)
        #expect(recorded.pads.count == 1)
        #expect(recorded.pads.first.map { abs($0.x - 1.6) < 1e-9 && abs($0.y - 2.4) < 1e-9 } == true)
        #expect(recorded.pads.first?.designator == "R7")
        #expect(GerberReader.read(Array(gerber.utf8)).pads.isEmpty)
    }

    @Test("an undefined aperture is an error pinned to its line and column")
    func undefinedAperture() {
        let text = MarkedText("%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,0.1*%\n⟨use⟩D12*\nX0Y0D03*\nM02*\n")
        let document = GerberReader.read(text.bytes)
        let issue = document.issues.first { $0.ruleID == "GERBER_UNDEFINED_APERTURE" }
        #expect(issue?.severity == .error)
        #expect(issue?.location == text.location("use"))
    }

    @Test("a file without M02 is reported as truncated")
    func missingEndOfFile() {
        let document = GerberReader.read(Array("%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,0.1*%\nD10*\nX0Y0D03*\n".utf8))
        #expect(document.hasEndOfFile == false)
        #expect(document.issues.contains { $0.ruleID == "GERBER_MISSING_M02" && $0.severity == .error })
    }

    @Test("line breaks inside a word (EasyEDA) are not errors")
    func lineBreakInsideWord() {
        let document = GerberReader.read(
            Array("%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,0.1*%\nD10*\nG01\nX1000000Y0D02*\nX2000000Y0D01*\nM02*\n".utf8))
        #expect(document.issues.isEmpty)
        #expect(document.drawCount == 1)
    }

    @Test("deprecated commands are warnings, folded when they repeat")
    func deprecatedCommandsFold() {
        let text = MarkedText(
            "%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,0.1*%\n%ADD11C,0.2*%\n⟨first⟩G54D10*\nX0Y0D03*\nG54D11*\nX0Y0D03*\nM02*\n")
        let document = GerberReader.read(text.bytes)
        let deprecated = document.issues.filter { $0.ruleID == "GERBER_DEPRECATED" }
        #expect(deprecated.count == 1)
        #expect(deprecated.first?.severity == .warning)
        #expect(deprecated.first?.message.contains("2 times") == true)
        #expect(deprecated.first?.location == text.location("first"))
    }

    @Test("a full-circle arc in G75 mode extends the extent to the whole circle")
    func fullCircleExtent() throws {
        // Start at (1, 0) around the centre (0, 0): I = -1, J = 0, back to the start point.
        let document = GerberReader.read(
            Array(
                "%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,0.000000*%\nD10*\nG75*\nX1000000Y0D02*\nG03X1000000Y0I-1000000J0D01*\nM02*\n"
                    .utf8))
        let extent = try #require(document.extent)
        #expect(abs(extent.minX - -1) < 1e-9 && abs(extent.maxY - 1) < 1e-9 && abs(extent.minY - -1) < 1e-9)
        #expect(document.arcCount == 1)
    }

    @Test("coordinates beyond 64-bit and garbage never crash; they are located errors")
    func hostileInput() {
        let huge = GerberReader.read(
            Array("%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,0.1*%\nD10*\nX99999999999999999999999999Y0D03*\nM02*\n".utf8))
        #expect(huge.issues.contains { $0.ruleID == "GERBER_INVALID_COORDINATE" })
        let garbage = GerberReader.read((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) })
        #expect(!garbage.issues.isEmpty)
        #expect(garbage.issues.count <= 100)
    }

    @Test("more apertures than the limit is one located error, the rest ignored")
    func tooManyApertures() {
        var text = "%FSLAX46Y46*%\n%MOMM*%\n"
        for code in 10..<(10 + 100_001) { text += "%ADD\(code)C,0.1*%\n" }
        text += "M02*\n"
        let document = GerberReader.read(Array(text.utf8))
        let issues = document.issues.filter { $0.ruleID == "GERBER_TOO_MANY_APERTURES" }
        #expect(issues.count == 1)
        #expect(issues.first?.location?.line == 100_003)
    }

    @Test(
        "macro apertures size the extent: Eagle's OC8, a $n= assignment, precedence with x",
        arguments: [
            // Eagle's OC8 of 1.0: an octagon turned 22.5°, 1.0 mm across its flats (to the 6 digits of 1.08239).
            ("%AMOC8*\n5,1,8,0,0,1.08239X$1,22.5*%\n%ADD10OC8,1.0*%", 0.5),
            ("%AMBOX*\n0 a comment, with commas*\n$2=$1x2*\n1,1,$2,0,0*%\n%ADD10BOX,0.5*%", 0.5),
            ("%AMPR*\n1,1,1+2x3,0,0*%\n%ADD10PR*%", 3.5),
            ("%AMQ*\n1,1,(1+2)x3-(-1),0.5,0*%\n%ADD10Q*%", 5.5),
        ])
    func macroSizes(definition: String, radius: Double) throws {
        let document = GerberReader.read(Array("%FSLAX46Y46*%\n%MOMM*%\n\(definition)\nD10*\nX0Y0D03*\nM02*\n".utf8))
        #expect(document.issues.isEmpty, "\(document.issues.map(\.message))")
        let extent = try #require(document.extent)
        #expect(abs(extent.maxX - radius) < 1e-5)
    }

    @Test("a macro nested 10 000 deep is refused at the depth limit, without recursion to the bottom")
    func deepMacro() {
        let text =
            "%FSLAX46Y46*%\n%MOMM*%\n%AMDEEP*\n1,1," + String(repeating: "(", count: 10_000) + "1"
            + String(repeating: ")", count: 10_000) + ",0,0*%\n%ADD10DEEP*%\nD10*\nX0Y0D03*\nM02*\n"
        let document = GerberReader.read(Array(text.utf8))
        #expect(document.issues.map(\.ruleID) == ["GERBER_MACRO_TOO_DEEP"])
        #expect(document.issues.first?.location == SourceLocation(line: 4, column: 1))
    }

    @Test("an outline primitive that declares 10^33 vertices is clamped, not converted blindly")
    func hugeVertexCount() {
        let text =
            "%FSLAX46Y46*%\n%MOMM*%\n%AMHUGE*\n4,1,99999999999x99999999999x99999999999,0,0,1,1,0,0,0*%\n%ADD10HUGE*%\nD10*\nX0Y0D03*\nM02*\n"
        let document = GerberReader.read(Array(text.utf8))
        #expect(document.flashCount == 1)
        #expect(document.extent != nil)
    }

    @Test("an outline with coordinates near 2^63 units gives findings, not a trap")
    func hugeOutline() throws {
        let text =
            "%TF.FileFunction,Profile,NP*%\n%FSLAX60Y60*%\n%MOMM*%\n%ADD10C,0.1*%\nD10*\nX0Y0D02*\nX999999999999999999Y0D01*\nM02*\n"
        // A single non-archive upload is a pack of one file: the outline check runs on it.
        let report = PackChecker().check(archive: Array(text.utf8), named: "outline.gbr")
        #expect(report.files.first?.role == .outline)
        #expect(report.findings.contains { $0.ruleID == "OUTLINE_OPEN" })
    }

    @Test("a block aperture (%AB) is measured from its own origin and sized where it is flashed")
    func blockAperture() throws {
        // D100 holds a 0.2 mm circle flashed at (1, 0) of the block's origin: flashed at (10, 0), it covers 10.9 … 11.1.
        let text =
            "%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,0.2*%\n%ABD100*%\nD10*\nX1000000Y0D03*\n%AB*%\nD100*\nX10000000Y0D03*\nM02*\n"
        let document = GerberReader.read(Array(text.utf8))
        #expect(document.issues.isEmpty, "\(document.issues.map(\.message))")
        let extent = try #require(document.extent)
        #expect(abs(extent.minX - 10.9) < 1e-9 && abs(extent.maxX - 11.1) < 1e-9)
        #expect(abs(extent.minY - -0.1) < 1e-9 && abs(extent.maxY - 0.1) < 1e-9)
    }

    @Test("%LS scales the apertures that follow; an unclosed %AB is an error")
    func scaleAndUnbalanced() throws {
        let scaled = GerberReader.read(
            Array("%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,1.0*%\n%LS2.0*%\nD10*\nX0Y0D03*\nM02*\n".utf8))
        #expect(try #require(scaled.extent).maxX == 1.0)
        let unbalanced = GerberReader.read(
            Array("%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,1.0*%\n%ABD100*%\nD10*\nX0Y0D03*\nM02*\n".utf8))
        #expect(unbalanced.issues.map(\.ruleID) == ["GERBER_UNBALANCED_BLOCK"])
    }

    @Test(
        "arcs bound by the extremes they sweep: full circles either way, single-quadrant arcs by their true centre",
        arguments: [
            // Clockwise full circle of radius 2 around (0, 0), 0.5 mm aperture.
            (
                "%ADD10C,0.5*%\nD10*\nG75*\nX-2000000Y0D02*\nG02*\nX-2000000Y0I2000000J0D01*",
                Extent(minX: -2.25, minY: -2.25, maxX: 2.25, maxY: 2.25)
            ),
            (
                "%ADD10C,0.5*%\nD10*\nG75*\nX-2000000Y0D02*\nG03*\nX-2000000Y0I2000000J0D01*",
                Extent(minX: -2.25, minY: -2.25, maxX: 2.25, maxY: 2.25)
            ),
            // G74 from (-3, 4) clockwise to (3, 4), unsigned offsets 3, 4: the centre is (0, 0), radius 5, the apex (0, 5).
            (
                "%ADD10C,0*%\nD10*\nG74*\nX-3000000Y4000000D02*\nG02*\nX3000000Y4000000I3000000J4000000D01*",
                Extent(minX: -3, minY: 4, maxX: 3, maxY: 5)
            ),
        ])
    func arcExtents(body: String, expected: Extent) throws {
        let document = GerberReader.read(Array("%FSLAX46Y46*%\n%MOMM*%\n\(body)\nM02*\n".utf8))
        let extent = try #require(document.extent)
        expectExtent(extent, equals: expected)
    }

    @Test(
        "deprecated image parameters move the image and are reported: Allegro's mirrored film, an offset, a quarter turn",
        arguments: [
            (
                "%IR0*IPPOS*OFA0.00000B0.00000*MIA1B0*SFA1.00000B1.00000*%",
                Extent(minX: -3.5, minY: 0.5, maxX: -0.5, maxY: 2.5)
            ),
            ("%OFA1.0B-1.0*%", Extent(minX: 1.5, minY: -0.5, maxX: 4.5, maxY: 1.5)),
            ("%IR90*%", Extent(minX: -2.5, minY: 0.5, maxX: -0.5, maxY: 3.5)),
            ("%ASAYBX*%", Extent(minX: 0.5, minY: 0.5, maxX: 2.5, maxY: 3.5)),
        ])
    func imageParameters(parameters: String, expected: Extent) throws {
        // Flashes of a 1 mm circle at (1, 1) and (3, 2).
        let text =
            "%FSLAX46Y46*%\n%MOMM*%\n\(parameters)\n%ADD10C,1*%\nD10*\nX1000000Y1000000D03*\nX3000000Y2000000D03*\nM02*\n"
        let document = GerberReader.read(Array(text.utf8))
        #expect(document.issues.contains { $0.ruleID == "GERBER_DEPRECATED" })
        let extent = try #require(document.extent)
        expectExtent(extent, equals: expected)
    }

    @Test("a unit switched mid-file applies to what follows: apertures and coordinates read before stay in theirs")
    func unitSwitchedMidFile() throws {
        // A 0.1 in circle flashed at (1 in, 0), then in mm a 1 mm circle at (10 mm, 20 mm); G70 back to inch for
        // a last flash of the first aperture at (0, 2 in). The first unit (inch) is the file's.
        let text = MarkedText(
            """
            %FSLAX24Y24*%
            %MOIN*%
            %ADD10C,0.1*%
            D10*
            X10000Y0D03*
            %⟨mm⟩MOMM*%
            %ADD11C,1*%
            D11*
            X100000Y200000D03*
            ⟨inch⟩G70*
            D10*
            X0Y20000D03*
            M02*

            """)
        let document = GerberReader.read(text.bytes)
        #expect(document.unit == .inch)
        let changes = document.issues.filter { $0.ruleID == "GERBER_UNIT_CHANGED" }
        #expect(changes.map(\.location) == [text.location("mm"), text.location("inch")])
        #expect(changes.first?.message.contains("from inch to mm") == true)
        let extent = try #require(document.extent)
        expectExtent(extent, equals: Extent(minX: -1.27, minY: -1.27, maxX: 26.67, maxY: 52.07))
    }

    @Test("apertures and coordinates before the first %MO are converted when it comes")
    func unitAfterApertures() throws {
        let document = GerberReader.read(
            Array("%FSLAX24Y24*%\n%ADD10C,0.1*%\n%MOIN*%\nD10*\nX10000Y10000D03*\nM02*\n".utf8))
        #expect(!document.issues.contains { $0.ruleID == "GERBER_UNIT_CHANGED" })
        let extent = try #require(document.extent)
        expectExtent(extent, equals: Extent(minX: 24.13, minY: 24.13, maxX: 26.67, maxY: 26.67))
    }

    @Test("an outline's multi-quadrant arc is kept as chords of at most 10° on the arc; a full circle closes")
    func arcSegments() throws {
        // A circle of radius 5 mm around (5, 0): start at (10, 0), counterclockwise back to the start.
        let document = GerberReader.read(
            Array(
                "%FSLAX46Y46*%\n%MOIN*%\n%ADD10C,0.01*%\nD10*\nG75*\nX393701Y0D02*\nG03X393701Y0I-196850J0D01*\nM02*\n"
                    .utf8),
            recordingSegments: true)
        #expect(document.segments.count == 36)
        let centre = 0.196851 * 25.4
        for segment in document.segments {
            let radius = ((segment.endX - centre) * (segment.endX - centre) + segment.endY * segment.endY).squareRoot()
            #expect(abs(radius - 0.196850 * 25.4) < 1e-3)
        }
        let first = try #require(document.segments.first)
        let last = try #require(document.segments.last)
        #expect(first.startX == last.endX && first.startY == last.endY)
        #expect(document.segments[8].endY > 0, "counterclockwise: the first quarter goes up")
    }

    @Test("flashes X2 marks as pads are kept in mm with their %TO.C designator and aperture function")
    func pads() throws {
        let document = GerberReader.read(
            Array(
                """
                %FSLAX46Y46*%
                %MOIN*%
                %TA.AperFunction,SMDPad,CuDef*%
                %ADD10R,0.02X0.03*%
                %TA.AperFunction,ComponentPad*%
                %ADD11C,0.06*%
                %TD*%
                %ADD12C,0.01*%
                D10*
                %TO.C,R1*%
                X1000000Y0D03*
                %TD*%
                D11*
                %TO.C,J1*%
                X0Y1000000D03*
                %TD*%
                D12*
                X2000000Y2000000D03*
                M02*
                """.utf8))
        #expect(document.pads.map { [$0.x, $0.y] } == [[25.4, 0], [0, 25.4]])
        #expect(document.pads.map(\.designator) == ["R1", "J1"])
        #expect(document.pads.map(\.function) == ["SMDPad,CuDef", "ComponentPad"])
        #expect(document.pads.map(\.isThroughHole) == [false, true])
        // Each pad's box (its aperture, in mm) and whether it is round.
        #expect(
            document.pads.map { [($0.width * 1e6).rounded() / 1e6, ($0.height * 1e6).rounded() / 1e6] } == [
                [0.508, 0.762], [1.524, 1.524],
            ])
        #expect(document.pads.map(\.isRound) == [false, true])
        #expect(document.flashCount == 3)
    }

    @Test(
        "aperture extents are exact: a rectangle's sides, a turned macro's corners, %LM and %LR on what follows, dark objects only",
        arguments: [
            ("%ADD10R,2.0X1.0*%\nD10*\nX0Y0D03*", Extent(minX: -1, minY: -0.5, maxX: 1, maxY: 0.5)),
            (
                "%ADD10O,2.0X1.0*%\nD10*\nG01*\nX0Y0D02*\nX10000000Y0D01*",
                Extent(minX: -1, minY: -0.5, maxX: 11, maxY: 0.5)
            ),
            (
                "%AMTURN*\n21,1,2,1,1,0,90*%\n%ADD10TURN*%\nD10*\nX0Y0D03*",
                Extent(minX: -0.5, minY: 0, maxX: 0.5, maxY: 2)
            ),
            (
                "%AMV*\n20,1,0.2,0,0,1,0,0*\n1,0,5,0,0*%\n%ADD10V*%\nD10*\nX0Y0D03*",
                Extent(minX: 0, minY: -0.1, maxX: 1, maxY: 0.1)
            ),
            ("%ADD10R,2.0X1.0*%\n%LR90*%\nD10*\nX0Y0D03*", Extent(minX: -0.5, minY: -1, maxX: 0.5, maxY: 1)),
            (
                "%AMT*\n21,1,1,1,1.5,0,0*%\n%ADD10T*%\n%LMX*%\nD10*\nX0Y0D03*",
                Extent(minX: -2, minY: -0.5, maxX: -1, maxY: 0.5)
            ),
            ("%ADD10P,2.0X4*%\nD10*\nX0Y0D03*", Extent(minX: -1, minY: -1, maxX: 1, maxY: 1)),
            // A clear (%LPC) flash only erases: it does not grow the image.
            (
                "%ADD10C,1*%\nD10*\nX0Y0D03*\n%LPC*%\nX5000000Y0D03*\n%LPD*%",
                Extent(minX: -0.5, minY: -0.5, maxX: 0.5, maxY: 0.5)
            ),
            (
                "%ADD10P,2.0X4X45*%\nD10*\nX0Y0D03*",
                Extent(minX: -0.5.squareRoot(), minY: -0.5.squareRoot(), maxX: 0.5.squareRoot(), maxY: 0.5.squareRoot())
            ),
        ])
    func exactApertureExtents(body: String, expected: Extent) throws {
        let document = GerberReader.read(Array("%FSLAX46Y46*%\n%MOMM*%\n\(body)\nM02*\n".utf8))
        #expect(document.issues.isEmpty, "\(document.issues.map(\.message))")
        let extent = try #require(document.extent)
        expectExtent(extent, equals: expected)
    }

    /// Checks every side of `extent` against `expected` to 1e-9 mm, reporting both boxes on a miss.
    private func expectExtent(
        _ extent: Extent, equals expected: Extent, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        for (found, wanted) in [
            (extent.minX, expected.minX), (extent.minY, expected.minY), (extent.maxX, expected.maxX),
            (extent.maxY, expected.maxY),
        ] {
            #expect(abs(found - wanted) < 1e-9, "\(extent) is not \(expected)", sourceLocation: sourceLocation)
        }
    }
}
