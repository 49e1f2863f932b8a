import FullKit
import Testing

@Suite("Excellon reader")
struct ExcellonReaderTests {
    @Test("KiCad decimal drill file: units, tools, hits and plating from X2")
    func kicadDecimal() {
        let document = ExcellonReader.read(
            Array(
                """
                M48
                ; FORMAT={-:-/ absolute / metric / decimal}
                ; #@! TF.FileFunction,Plated,1,2,PTH
                METRIC
                T1C0.300
                T2C1.000
                %
                G90
                T1
                X10.0Y14.0
                T2
                X4.0Y14.0
                X4.0Y11.46
                M30

                """.utf8))
        #expect(document.issues.isEmpty)
        #expect(document.unit == .millimeter)
        #expect(document.plated == true)
        #expect(document.toolDiameters == [1: 0.3, 2: 1.0])
        #expect(document.hitCount == 3)
        #expect(
            document.holes.map { [$0.x, $0.y, Double($0.location.line)] } == [
                [10, 14, 10], [4, 14, 12], [4, 11.46, 13],
            ])
        // Each hole as wide as its tool: the 0.3 mm via at (10, 14), the 1.0 mm pins at x = 4.
        #expect(document.extent == Extent(minX: 3.5, minY: 10.96, maxX: 10.15, maxY: 14.5))
    }

    @Test("integer coordinates use the stated format: METRIC,LZ with 000.000 keeps leading zeros")
    func leadingZerosKept() throws {
        let document = ExcellonReader.read(Array("M48\nMETRIC,LZ,000.000\nT1C0.8\n%\nT1\nX0125Y-005\nM30\n".utf8))
        // LZ: trailing zeros were suppressed, so "0125" is 012.5 mm and "-005" is -005 → -5 mm.
        let hole = try #require(document.holes.first)
        #expect(abs(hole.x - 12.5) < 1e-9)
        #expect(abs(hole.y - -5) < 1e-9)
    }

    @Test("EasyEDA puts comments before M48 and uses G85 slots")
    func easyEDASlot() {
        let document = ExcellonReader.read(
            Array(
                ";TYPE=PLATED\n;EasyEDA Pro\nM48\nMETRIC,LZ,000.000\nT01C1.0\n%\nT01\nX1.0Y1.0G85X3.0Y1.0\nX5.0Y5.0\nM30\n"
                    .utf8))
        #expect(document.plated == true)
        #expect(document.slotCount == 1)
        #expect(document.hitCount == 1)
    }

    @Test("an undefined tool and a missing M30 are located errors")
    func undefinedToolAndTruncation() {
        let text = MarkedText("M48\nMETRIC\nT1C0.8\n%\n⟨tool⟩T99\nX1.0Y1.0\n")
        let document = ExcellonReader.read(text.bytes)
        let undefined = document.issues.first { $0.ruleID == "EXCELLON_UNDEFINED_TOOL" }
        #expect(undefined?.location == text.location("tool"))
        #expect(document.issues.contains { $0.ruleID == "EXCELLON_MISSING_M30" })
    }

    @Test("a drill file with coordinates but no units is an error")
    func unknownUnits() {
        let document = ExcellonReader.read(Array("T1C0.8\nT1\nX1000Y1000\nM30\n".utf8))
        #expect(document.issues.contains { $0.ruleID == "EXCELLON_UNKNOWN_UNITS" && $0.severity == .error })
    }

    @Test("shortened integer coordinates without LZ/TZ are ambiguous: one folded, located error")
    func zeroModeUnknown() {
        let text = MarkedText("M48\nINCH\nT1C0.8\n%\nT1\n⟨first⟩X0125Y0005\nX0250Y0010\nM30\n")
        let document = ExcellonReader.read(text.bytes)
        let issues = document.issues.filter { $0.ruleID == "EXCELLON_ZERO_MODE_UNKNOWN" }
        #expect(issues.count == 1)
        #expect(issues.first?.message.contains("4 times") == true)
        #expect(issues.first?.location == text.location("first"))
    }

    @Test("full-width integer coordinates need no zero mode")
    func fullWidthCoordinates() {
        let document = ExcellonReader.read(Array("M48\nINCH\nT1C0.8\n%\nT1\nX012500Y000500\nM30\n".utf8))
        #expect(document.issues.isEmpty)
        #expect(document.holes.first?.x == 1.25 * 25.4)
    }

    @Test("Siemens '; Format : 3.3 / Absolute / MM / Leading' states digits, unit and omitted zeros")
    func siemensFormat() {
        let document = ExcellonReader.read(
            Array("; Format  : 3.3 / Absolute / MM / Leading\nM48\nT01C0.8\n%\nT01\nX2550Y80000\nM30\n".utf8))
        #expect(document.issues.isEmpty, "\(document.issues.map(\.message))")
        #expect(document.unit == .millimeter)
        // Leading zeros omitted: 2550 is 2.550 mm, 80000 is 80.000 mm.
        #expect(document.holes.map { [$0.x, $0.y] } == [[2.55, 80]])
    }

    @Test("absurd digit counts in a format comment are clamped, not overflowed")
    func absurdFormat() {
        let document = ExcellonReader.read(
            Array(
                ";FILE_FORMAT=9223372036854775807:9223372036854775807\nM48\nMETRIC,LZ\nT1C1.0\n%\nT1\nX1Y1\nM30\n".utf8)
        )
        #expect(document.hitCount == 1)
    }

    @Test("repeat codes drill the last hole again, moved each time; a G85 slot spans from its start to its end")
    func repeatsAndSlots() throws {
        let repeated = ExcellonReader.read(Array("M48\nMETRIC\nT1C1.0\n%\nT1\nX1.0Y1.0\nR02X2.0\nR01Y-0.5\nM30\n".utf8))
        #expect(repeated.issues.isEmpty, "\(repeated.issues.map(\.message))")
        #expect(repeated.hitCount == 4)
        #expect(repeated.holes.map { [$0.x, $0.y] } == [[1, 1], [3, 1], [5, 1], [5, 0.5]])
        #expect(repeated.holes.map(\.location.line) == [6, 7, 7, 8])
        let slot = ExcellonReader.read(Array("M48\nINCH,TZ\nT1C0.5\n%\nT1\nX0Y0G85X5000Y0\nM30\n".utf8))
        #expect(slot.slotCount == 1)
        let extent = try #require(slot.extent)
        #expect(abs(extent.minX - -6.35) < 1e-9 && abs(extent.maxX - 19.05) < 1e-9)
    }

    @Test("each slot's centre is kept with the line that ends it: G85 on the hole's line, G85 on its own line, a route")
    func slotCentres() {
        let text = MarkedText(
            """
            M48
            METRIC,LZ
            T1C1.0
            %
            T1
            ⟨inline⟩X1.0Y1.0G85X3.0Y1.0
            X10.0Y4.0
            ⟨own⟩G85X10.0Y8.0
            G00X20.0Y0.0
            M15
            G01X26.0Y0.0
            ⟨route⟩M16
            X30.0Y30.0
            M30

            """)
        let document = ExcellonReader.read(text.bytes)
        #expect(document.slotCount == 3)
        #expect(document.slots.map { [$0.x, $0.y] } == [[2, 1], [10, 6], [23, 0]])
        // Half of each slot's span, from its centre to its end: drawn end to end in a picture of the board.
        #expect(
            document.slotHalfSpans == [BoardPoint(x: 1, y: 0), BoardPoint(x: 0, y: 2), BoardPoint(x: 3, y: 0)])
        #expect(document.slots.map(\.location) == [text.markers["inline"], text.markers["own"], text.markers["route"]])
        #expect(document.holes.map { [$0.x, $0.y] } == [[10, 4], [30, 30]])
    }
}
