import FullKit
import Testing

/// KiCad's position files as `place_file_exporter.cpp` writes them: the ASCII `.pos` (a `#` comment header,
/// white-space aligned columns, `## Unit =` line) and the CSV (`Ref,Val,Package,PosX,PosY,Rot,Side`, quoted strings).
@Suite("XY reader: KiCad")
struct KiCadPlacementTests {
    @Test("ASCII .pos: header in a # comment, unit from '## Unit = mm', located rows")
    func asciiMillimetres() {
        let text = MarkedText(
            """
            ### Footprint positions - created on 2026-11-02 ###
            ### Printed by KiCad version 8.0.4
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
        #expect(list.placements.map(\.x) == [12, -20])
        #expect(list.placements.map(\.footprint) == ["C_0603_1608Metric", "R_0603_1608Metric"])
        #expect(list.placements[0].location == text.location("c1"))
    }

    @Test("ASCII .pos in inches (kicad-cli's default), one side per file")
    func asciiInches() {
        let text = """
            ### Footprint positions - created on 2026-11-02T10:00:00 ###
            ## Unit = inches, Angle = deg.
            ## Side : bottom
            # Ref     Val       Package          PosX       PosY       Rot  Side
            J1        CONN      PinHeader_1x04  -1.2500    -0.7500   270.0000  bottom
            ## End
            """
        let list = PlacementReader.read(Array(text.utf8), fileName: "board-bottom.pos")
        #expect(list.unit == .inch)
        #expect(list.unitEvidence == "the line \"Unit = inches, Angle = deg.\"")
        #expect(list.placements.map(\.x) == [-1.25])
        #expect(list.placements.map(\.side) == [.bottom])
    }

    @Test("CSV: quoted ref, value and package; no unit stated (left to the board outline)")
    func csv() {
        let text = MarkedText(
            """
            Ref,Val,Package,PosX,PosY,Rot,Side
            ⟨r1⟩"R1","10k","R_0603_1608Metric",10.5,-20.25,90.0,top
            "C2","1u","C_0402_1005Metric",5.0,-6.0,180.0,bottom

            """)
        let list = PlacementReader.read(text.bytes, fileName: "board-pos.csv")
        #expect(list.issues.isEmpty)
        #expect(list.unit == nil)
        #expect(list.placements.map(\.designator) == ["R1", "C2"])
        #expect(list.placements.map(\.value) == ["10k", "1u"])
        #expect(list.placements.map(\.y) == [-20.25, -6])
        #expect(list.placements.map(\.side) == [.top, .bottom])
        #expect(list.placements[0].location == text.location("r1"))
    }
}
