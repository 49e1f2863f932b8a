import FullKit
import Testing

/// JLCPCB CPL files: the KiCad plugin's (`Designator,Val,Package,Mid X,Mid Y,Rotation,Layer`, millimetres, not
/// stated) and JLC's own template (`Designator,Mid X,Mid Y,Layer,Rotation`, values with `mm`, `Top`/`Bottom`).
@Suite("XY reader: JLCPCB CPL")
struct JLCPCBPlacementTests {
    @Test("the KiCad plugin's CPL: no unit stated, top/bottom")
    func plugin() {
        let text =
            "Designator,Val,Package,Mid X,Mid Y,Rotation,Layer\nR1,10k,R_0603,10.5,-20.25,90,top\nC2,1u,C_0402,5,-6,180,bottom\n"
        let list = PlacementReader.read(Array(text.utf8), fileName: "board-top-pos.csv")
        #expect(list.issues.isEmpty)
        #expect(list.unit == nil)
        #expect(list.placements.map(\.designator) == ["R1", "C2"])
        #expect(list.placements.map(\.footprint) == ["R_0603", "C_0402"])
        #expect(list.placements.map(\.side) == [.top, .bottom])
    }

    @Test("the JLC template: 'mm' on values, Layer before Rotation, Top/Bottom and T/B")
    func template() {
        let text = "Designator,Mid X,Mid Y,Layer,Rotation\nR1,151.482mm,20.1mm,Top,90\nC2,5mm,6mm,B,270\n"
        let list = PlacementReader.read(Array(text.utf8), fileName: "CPL.csv")
        #expect(list.issues.isEmpty)
        #expect(list.unit == .millimeter)
        #expect(list.placements.map(\.x) == [151.482, 5])
        #expect(list.placements.map(\.rotation) == [90, 270])
        #expect(list.placements.map(\.side) == [.top, .bottom])
    }
}
