import FullKit
import Testing

/// Eagle's `mountsmd.ulp` output: no header, `name x y rotation value package` in millimetres, one file per side
/// (`.mnt` top, `.mnb` bottom), as OpenPnP's `EagleMountsmdUlpImporter` documents it.
@Suite("XY reader: Eagle mountsmd")
struct EaglePlacementTests {
    @Test(".mnt: top side by extension, millimetres, value and package")
    func top() {
        let text = MarkedText("⟨c1⟩C1     41.91  34.93  180 0.1uF C0805\nU$10   10.00   5.00    0 ATMEGA TQFP32\n")
        let list = PlacementReader.read(text.bytes, fileName: "board.mnt")
        #expect(list.issues.isEmpty)
        #expect(list.unit == .millimeter)
        #expect(list.placements.map(\.designator) == ["C1", "U$10"])
        #expect(list.placements.map(\.side) == [.top, .top])
        #expect(list.placements.map(\.rotation) == [180, 0])
        #expect(list.placements.map(\.value) == ["0.1uF", "ATMEGA"])
        #expect(list.placements.map(\.footprint) == ["C0805", "TQFP32"])
        #expect(list.placements[0].location == text.location("c1"))
    }

    @Test(".mnb: bottom side by extension")
    func bottom() {
        let list = PlacementReader.read(Array("GND 25.65 19.30   0 PTR1B1,27 B1,27\n".utf8), fileName: "board.mnb")
        #expect(list.placements.first?.designator == "GND")
        #expect(list.placements.first?.side == .bottom)
        #expect(list.placements.first?.y == 19.3)
    }
}
