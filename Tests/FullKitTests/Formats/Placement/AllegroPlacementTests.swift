import FullKit
import Testing

/// Cadence OrCAD/Allegro placement outputs: `place_txt` (`UUNITS =` then `refdes x y rotation [m] symbol`), the
/// Component Report (a preamble, then `REFDES,…,SYM_X,SYM_Y,SYM_ROTATE,SYM_MIRROR`), and the `RefDes,Layer,LocationX,…`
/// pick-and-place variant.
@Suite("XY reader: OrCAD/Allegro")
struct AllegroPlacementTests {
    @Test("place_txt: UUNITS line, no header, 'm' marks a mirrored (bottom) part")
    func placeText() {
        let text = MarkedText(
            "UUNITS = MILLIMETERS\n⟨u1⟩U1   12.700   25.400   90  SOIC8\nC7   3.000   4.000   270  m  C0603\n")
        let list = PlacementReader.read(text.bytes, fileName: "place_txt.txt")
        #expect(list.issues.isEmpty)
        #expect(list.unit == .millimeter)
        #expect(list.placements.map(\.designator) == ["U1", "C7"])
        #expect(list.placements.map(\.side) == [.top, .bottom])
        #expect(list.placements.map(\.footprint) == ["SOIC8", "C0603"])
        #expect(list.placements.first?.location == text.location("u1"))
    }

    @Test("place_txt with CRLF line ends (\\r\\n is one Character in Swift)")
    func placeTextCRLF() {
        let list = PlacementReader.read(
            Array("UUNITS = MILS\r\nR1 100 200 0 R0402\r\n".utf8), fileName: "place_txt.txt")
        #expect(list.unit == .mil)
        #expect(list.placements.map(\.designator) == ["R1"])
    }

    @Test("Component Report: preamble, REFDES and SYM_* columns, SYM_MIRROR YES/NO for the side")
    func componentReport() {
        let report =
            "Component Report\n/home/board.brd\nTotal Components: 2\n"
            + "REFDES,COMP_DEVICE_TYPE,COMP_VALUE,COMP_TOL,COMP_PACKAGE,SYM_X,SYM_Y,SYM_ROTATE,SYM_MIRROR\n"
            + "R1,RES,10K,,R0402,1000.00,2000.00,90.000,NO\nC2,CAP,1U,,C0603,1500.00,500.00,0.000,YES\n"
        let list = PlacementReader.read(Array(report.utf8), fileName: "comp_report.csv")
        #expect(list.placements.map(\.designator) == ["R1", "C2"])
        #expect(list.placements.map(\.side) == [.top, .bottom])
        #expect(list.placements.map(\.x) == [1000, 1500])
        #expect(list.placements.map(\.value) == ["10K", "1U"])
        #expect(list.unit == nil)
    }

    @Test("the RefDes,Layer,LocationX variant: TOP/BOTTOM, PatternName for the footprint")
    func locationVariant() {
        let text =
            "RefDes,Layer,LocationX,LocationY,Rotation,PatternName,Value\nR1,TOP,100.0,200.0,90,R0603,10k\nC2,BOTTOM,150.0,50.0,180,C0402,1u\n"
        let list = PlacementReader.read(Array(text.utf8), fileName: "board-pnp.csv")
        #expect(list.issues.isEmpty)
        #expect(list.placements.map(\.x) == [100, 150])
        #expect(list.placements.map(\.side) == [.top, .bottom])
        #expect(list.placements.map(\.footprint) == ["R0603", "C0402"])
    }
}
