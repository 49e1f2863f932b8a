import FullKit
import Testing

@Suite("XY reader")
struct PlacementReaderTests {
    @Test("KiCad ASCII .pos: header in a # comment, unit from '## Unit = mm'")
    func kicadPos() {
        let text = MarkedText("""
            ### Footprint positions - created on 2026-11-02 ###
            ## Unit = mm, Angle = deg.
            ## Side : all
            # Ref     Val       Package                PosX       PosY       Rot  Side
            ⟨c1⟩C1        100n      C_0603_1608Metric     12.0000    -6.0000    90.0000  top
            R9        10k       R_0603_1608Metric    -20.0000    -8.0000   180.0000  bottom
            ## End

            """)
        let list = PlacementReader.read(text.bytes, fileName: "board-all.pos")
        #expect(list.issues.isEmpty)
        #expect(list.unit == .millimeter)
        #expect(list.placements.map(\.designator) == ["C1", "R9"])
        #expect(list.placements.map(\.side) == [.top, .bottom])
        #expect(list.placements[1].x == -20)
        #expect(list.placements[0].location == text.location("c1"))
    }

    @Test("EasyEDA: UTF-16LE, TAB-separated, 'mm' suffixes, Layer T/B")
    func easyEDA() {
        let text = "Designator\tFootprint\tMid X\tMid Y\tLayer\tRotation\nC1\t0603\t59.56mm\t-19.94mm\tT\t180\nU2\tSOT\t1mm\t2mm\tB\t0\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let list = PlacementReader.read(bytes, fileName: "PickAndPlace.csv")
        #expect(list.encoding == .utf16LittleEndian)
        #expect(list.unit == .millimeter)
        #expect(list.unitEvidence == "values carry a 'mm' suffix")
        #expect(list.placements.map(\.x) == [59.56, 1])
        #expect(list.placements.map(\.side) == [.top, .bottom])
    }

    @Test("Altium CSV header 'Center-X(mil)' states the unit")
    func headerUnit() {
        let list = PlacementReader.read(Array("Designator,Layer,Center-X(mil),Center-Y(mil),Rotation\nR1,BottomLayer,100,200,90\n".utf8), fileName: "pnp.csv")
        #expect(list.unit == .mil)
        #expect(list.placements.first?.side == .bottom)
    }

    @Test("Eagle mountsmd .mnb: no header, bottom side by extension")
    func eagleMountSMD() {
        let list = PlacementReader.read(Array("GND 25.65 19.30   0 PTR1B1,27 B1,27\n".utf8), fileName: "board.mnb")
        #expect(list.placements.first?.designator == "GND")
        #expect(list.placements.first?.side == .bottom)
        #expect(list.placements.first?.y == 19.3)
    }

    @Test("Allegro place_txt: UUNITS line, no header, 'm' marks a mirrored (bottom) part")
    func allegroPlaceText() {
        let text = MarkedText("UUNITS = MILLIMETERS\n⟨u1⟩U1   12.700   25.400   90  SOIC8\nC7   3.000   4.000   270  m  C0603\n")
        let list = PlacementReader.read(text.bytes, fileName: "place_txt.txt")
        #expect(list.issues.isEmpty)
        #expect(list.unit == .millimeter)
        #expect(list.placements.map(\.designator) == ["U1", "C7"])
        #expect(list.placements.map(\.side) == [.top, .bottom])
        #expect(list.placements.map(\.footprint) == ["SOIC8", "C0603"])
        #expect(list.placements.first?.location == text.location("u1"))
    }

    @Test("Allegro place_txt with CRLF line ends (\\r\\n is one Character in Swift)")
    func allegroPlaceTextCRLF() {
        let list = PlacementReader.read(Array("UUNITS = MILS\r\nR1 100 200 0 R0402\r\n".utf8), fileName: "place_txt.txt")
        #expect(list.unit == .mil)
        #expect(list.placements.map(\.designator) == ["R1"])
    }

    @Test("Allegro component report: preamble, REFDES and SYM_* columns, SYM_MIRROR for the side")
    func allegroComponentReport() {
        let report = "Component Report\n/home/board.brd\nTotal Components: 2\n"
            + "REFDES,COMP_DEVICE_TYPE,COMP_VALUE,COMP_TOL,COMP_PACKAGE,SYM_X,SYM_Y,SYM_ROTATE,SYM_MIRROR\n"
            + "R1,RES,10K,,R0402,1000.00,2000.00,90.000,NO\nC2,CAP,1U,,C0603,1500.00,500.00,0.000,YES\n"
        let list = PlacementReader.read(Array(report.utf8), fileName: "comp_report.csv")
        #expect(list.placements.map(\.designator) == ["R1", "C2"])
        #expect(list.placements.map(\.side) == [.top, .bottom])
        #expect(list.placements.map(\.x) == [1000, 1500])
        #expect(list.unit == nil)
    }

    @Test("every side word XY files write, in any case and spacing; anything else is no side", arguments: [
        ("Top", BoardSide.top), ("T", .top), ("TopLayer", .top), ("Front", .top), ("F.Cu", .top), ("NO", .top),
        ("0", .top), ("Component", .top), ("Component Side", .top),
        ("bottom", .bottom), ("B", .bottom), ("Bot", .bottom), ("BottomLayer", .bottom), ("Back", .bottom),
        ("B.Cu", .bottom), ("YES", .bottom), ("m", .bottom), ("Mirrored", .bottom), ("1", .bottom), ("Solder", .bottom),
        ("Solder Side", .bottom),
        ("omponent", nil), ("middle", nil), ("", nil), ("topbottomlayer", nil),
    ] as [(String, BoardSide?)])
    func sideWords(word: String, side: BoardSide?) {
        let list = PlacementReader.read(Array("Designator,Mid X,Mid Y,Layer\nR1,1,2,\(word)\n".utf8), fileName: "xy.csv")
        #expect(list.placements.first?.side == side)
    }

    @Test("a cell that is not a number is no number (nil), located; the other cells of the row are kept")
    func missingNumbers() {
        let list = PlacementReader.read(Array("Designator,Mid X,Mid Y,Rotation\nR1,abc,2.5,\nR2,-0,0,-90\n".utf8), fileName: "xy.csv")
        #expect(list.placements.map(\.x) == [nil, 0])
        #expect(list.placements.map(\.y) == [2.5, 0])
        #expect(list.placements.map(\.rotation) == [nil, -90])
        #expect(list.placements.map(\.normalizedRotation) == [nil, 270])
        let issue = list.issues.first { $0.ruleID == "XY_INVALID_COORDINATE" }
        #expect(issue?.location == SourceLocation(line: 2, column: 1))
        var edited = list.placements[0]
        edited.x = 7
        edited.rotation = nil
        #expect(edited.x == 7 && edited.rotation == nil)
    }

    @Test("an empty designator is a located error")
    func emptyDesignator() {
        let text = MarkedText("Designator,Mid X,Mid Y,Rotation,Layer\nR1,1,2,0,top\n⟨empty⟩,3,4,0,top\n")
        let list = PlacementReader.read(text.bytes, fileName: "positions.csv")
        let issue = list.issues.first { $0.ruleID == "XY_EMPTY_DESIGNATOR" }
        #expect(issue?.location == text.location("empty"))
    }
}

@Suite("XY meaning")
struct PlacementMeaningTests {
    @Test("rotation is kept as written and normalised separately", arguments: [
        (-90.0, 270.0), (360.0, 0.0), (450.0, 90.0), (0.0, 0.0), (179.5, 179.5),
    ])
    func rotation(written: Double, normalised: Double) {
        let list = PlacementReader.read(Array("Designator,Mid X,Mid Y,Rotation\nR1,0,0,\(written)\n".utf8), fileName: "xy.csv")
        #expect(list.placements.first?.rotation == written)
        #expect(list.placements.first?.normalizedRotation == normalised)
    }

    @Test("a lower-case prefix is kept and flagged")
    func lowercase() {
        let list = PlacementReader.read(Array("Designator,Mid X,Mid Y\nrU4,1,2\nU5,1,2\n".utf8), fileName: "xy.csv")
        #expect(list.placements.map(\.designator) == ["rU4", "U5"])
        #expect(list.issues.map(\.ruleID) == ["DESIGNATOR_LOWERCASE"])
        #expect(list.issues.first?.location == SourceLocation(line: 2, column: 1))
    }
}
