import FullKit
import Testing

/// MacroFab XYRS: TAB-separated `Designator X-Loc Y-Loc Rotation Side Type X-Size Y-Size Value Footprint Populate
/// MPN`, positions in mils from the board's bottom-left corner, Side `1` for top and `2` for bottom (MacroFab's
/// "required design files" page, as the KiCad XYRS generators write it). Some generators comment the header out.
@Suite("XY reader: MacroFab XYRS")
struct MacroFabPlacementTests {
    static let rows =
        "C1\t1200.00\t850.50\t90\t1\t1\t63.00\t31.50\t100nF\t0603\t1\tGRM188R71C104KA01D\n"
        + "R2\t1500.00\t900.00\t0\t2\t1\t63.00\t31.50\t10k\t0603\t0\tRC0603FR-0710KL\n"

    @Test(
        "X-Loc/Y-Loc are the position, in mils; Side 1 is top and 2 bottom",
        arguments: [
            "Designator\tX-Loc\tY-Loc\tRotation\tSide\tType\tX-Size\tY-Size\tValue\tFootprint\tPopulate\tMPN\n",
            "# DESIGNATOR\tX_LOC\tY_LOC\tROTATION\tSIDE\tTYPE\tX_SIZE\tY_SIZE\tVALUE\tFOOTPRINT\tPOPULATE\tMPN\n",
        ])
    func xyrs(header: String) {
        let list = PlacementReader.read(Array((header + Self.rows).utf8), fileName: "board.XYRS")
        #expect(list.issues.isEmpty)
        #expect(list.unit == .mil)
        #expect(list.unitEvidence == "MacroFab XYRS (X-Loc, Y-Loc columns) is in mils")
        #expect(list.placements.map(\.designator) == ["C1", "R2"])
        #expect(list.placements.map(\.x) == [1200, 1500])
        #expect(list.placements.map(\.y) == [850.5, 900])
        #expect(list.placements.map(\.side) == [.top, .bottom])
        #expect(list.placements.map(\.footprint) == ["0603", "0603"])
    }
}
