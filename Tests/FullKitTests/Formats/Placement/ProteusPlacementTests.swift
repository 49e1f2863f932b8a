import FullKit
import Testing

/// Proteus `.pkp`, in the shape Labcenter Proteus exports and OpenPnP's importer reads: header lines, then quoted
/// designator, value and package, an optional stock code, layer, rotation, X, Y.
@Suite("XY reader: Proteus .pkp")
struct ProteusPlacementTests {
    @Test("millimetres by default; rows with and without a stock code; TOP/BOTTOM; rotation as given")
    func millimetres() {
        let text = MarkedText(
            """
            LABCENTER PROTEUS TOOL SET
            Pick and Place File
            Units used = mm

            Part ID,Value,Package,Layer,Rotation,X,Y
            ⟨r1⟩"R1","10k","0402",TOP,270,15.1678,15.24
            "C7","100n","0603",BOTTOM,-180,2.6416,11.5062
            "U1","STM32","LQFP48","ST-123",TOP,90,30.5,20.25
            """)
        let list = PlacementReader.read(text.bytes, fileName: "board.pkp")
        #expect(list.issues.isEmpty, "\(list.issues.map(\.message))")
        #expect(list.unit == .millimeter)
        #expect(list.placements.map(\.designator) == ["R1", "C7", "U1"])
        #expect(list.placements.map(\.side) == [.top, .bottom, .top])
        #expect(list.placements.map(\.rotation) == [270, -180, 90])
        #expect(list.placements.map(\.x) == [15.1678, 2.6416, 30.5])
        #expect(list.placements.map(\.footprint) == ["0402", "0603", "LQFP48"])
        #expect(list.placements[0].location == text.location("r1"))
    }

    @Test("a Units line that says thou makes the positions mils; a short row is a located error")
    func thou() throws {
        let text = MarkedText("Units used = thou\n\"R1\",\"10k\",\"0402\",TOP,0,600,700\n⟨bad⟩\"R2\",\"10k\",TOP\n")
        let list = PlacementReader.read(text.bytes, fileName: "BOARD.PKP")
        #expect(list.unit == .mil)
        #expect(list.unitEvidence == "the Proteus Units line says thou")
        #expect(list.placements.map(\.y) == [700])
        let issue = try #require(list.issues.first)
        #expect(issue.ruleID == "XY_INVALID_COORDINATE")
        #expect(issue.location == text.location("bad"))
    }
}
