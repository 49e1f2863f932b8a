import FullKit
import Testing

@Suite("XY reader: any format")
struct PlacementReaderTests {
    @Test(
        "every side word XY files write, in any case and spacing; anything else is no side",
        arguments: [
            ("Top", BoardSide.top), ("T", .top), ("TopLayer", .top), ("Front", .top), ("F", .top), ("F.Cu", .top),
            ("NO", .top), ("N", .top), ("Component", .top), ("Component Side", .top),
            ("bottom", .bottom), ("B", .bottom), ("Bot", .bottom), ("BottomLayer", .bottom), ("Back", .bottom),
            ("B.Cu", .bottom), ("YES", .bottom), ("Y", .bottom), ("m", .bottom), ("Mirrored", .bottom),
            ("Solder", .bottom), ("Solder Side", .bottom),
            ("omponent", nil), ("middle", nil), ("", nil), ("topbottomlayer", nil), ("0", nil), ("1", nil),
        ] as [(String, BoardSide?)])
    func sideWords(word: String, side: BoardSide?) {
        let list = PlacementReader.read(
            Array("Designator,Mid X,Mid Y,Layer\nR1,1,2,\(word)\n".utf8), fileName: "xy.csv")
        #expect(list.placements.first?.side == side)
    }

    @Test(
        "a digit names a side by its column: a mirror flag 0/1, MacroFab's Side 1/2, in a Layer column nothing",
        arguments: [
            ("SYM_MIRROR", "0", BoardSide.top), ("SYM_MIRROR", "1", .bottom), ("Mirror", "1", .bottom),
            ("SYM_MIRROR", "2", nil), ("Layer", "1", nil), ("Side", "2", nil),
        ] as [(String, String, BoardSide?)])
    func sideDigits(column: String, digit: String, side: BoardSide?) {
        let list = PlacementReader.read(
            Array("Designator,Mid X,Mid Y,\(column)\nR1,1,2,\(digit)\n".utf8), fileName: "xy.csv")
        #expect(list.placements.first?.side == side)
        let macroFab = PlacementReader.read(
            Array("Designator\tX-Loc\tY-Loc\tSide\nR1\t1\t2\t\(digit)\n".utf8), fileName: "b.XYRS")
        #expect(macroFab.placements.first?.side == ["1": .top, "2": .bottom][digit])
    }

    @Test("a cell that is not a number is no number (nil), located; the other cells of the row are kept")
    func missingNumbers() {
        let list = PlacementReader.read(
            Array("Designator,Mid X,Mid Y,Rotation\nR1,abc,2.5,\nR2,-0,0,-90\n".utf8), fileName: "xy.csv")
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
    @Test(
        "rotation is kept as written and normalised separately",
        arguments: [
            (-90.0, 270.0), (360.0, 0.0), (450.0, 90.0), (0.0, 0.0), (179.5, 179.5),
        ])
    func rotation(written: Double, normalised: Double) {
        let list = PlacementReader.read(
            Array("Designator,Mid X,Mid Y,Rotation\nR1,0,0,\(written)\n".utf8), fileName: "xy.csv")
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
