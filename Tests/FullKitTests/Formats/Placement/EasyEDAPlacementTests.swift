import FullKit
import Testing

/// EasyEDA's pick-and-place exports: Standard writes UTF-16LE with a byte-order mark, TAB-separated, quoted cells with
/// `mm` on every value and `T`/`B` layers (a real pack); Pro writes UTF-8 CSV with the same suffixes.
@Suite("XY reader: EasyEDA")
struct EasyEDAPlacementTests {
    @Test("Standard: UTF-16LE, TAB-separated, quoted, 'mm' suffixes, Layer T/B")
    func standard() {
        let text =
            "Designator\tFootprint\tMid X\tMid Y\tRef X\tRef Y\tPad X\tPad Y\tLayer\tRotation\tComment\n"
            + "\"C1\"\t\"0603\"\t\"59.56mm\"\t\"-19.94mm\"\t\"59.56mm\"\t\"-19.94mm\"\t\"58.8mm\"\t\"-19.94mm\"\t\"T\"\t\"180\"\t\"100nF\"\n"
            + "\"U2\"\t\"SOT-23\"\t\"1mm\"\t\"2mm\"\t\"1mm\"\t\"2mm\"\t\"0.5mm\"\t\"2mm\"\t\"B\"\t\"0\"\t\"LDO\"\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let list = PlacementReader.read(bytes, fileName: "PickAndPlace_PCB_2026-11-23.csv")
        #expect(list.issues.isEmpty)
        #expect(list.encoding == .utf16LittleEndian)
        #expect(list.unit == .millimeter)
        #expect(list.unitEvidence == "values carry a 'mm' suffix")
        #expect(list.placements.map(\.x) == [59.56, 1])
        #expect(list.placements.map(\.y) == [-19.94, 2])
        #expect(list.placements.map(\.side) == [.top, .bottom])
        #expect(list.placements.map(\.value) == ["100nF", "LDO"])
    }

    @Test("Pro: Mid X/Mid Y (not Ref or Pad) are the positions, 'mm' suffixes, Layer T/B")
    func pro() {
        let text = """
            Designator,Device,Footprint,Mid X,Mid Y,Ref X,Ref Y,Pad X,Pad Y,Pins,Layer,Rotation,SMD,Comment,Name
            R1,RES,R0603,20.7mm,10.1mm,21mm,11mm,20mm,10mm,2,T,90,Yes,10k,R1
            C2,CAP,C0402,5mm,6mm,5.5mm,6.5mm,5mm,6mm,2,B,0,Yes,1u,C2

            """
        let list = PlacementReader.read(Array(text.utf8), fileName: "Pick and Place.csv")
        #expect(list.issues.isEmpty)
        #expect(list.unit == .millimeter)
        #expect(list.placements.map(\.x) == [20.7, 5])
        #expect(list.placements.map(\.y) == [10.1, 6])
        #expect(list.placements.map(\.side) == [.top, .bottom])
        #expect(list.placements.map(\.rotation) == [90, 0])
    }
}
