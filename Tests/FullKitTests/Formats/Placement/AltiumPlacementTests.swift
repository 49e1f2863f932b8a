import FullKit
import Testing

/// Altium's pick-and-place outputs: the "Pick Place for <PcbDoc>.txt" report (a preamble with `Units used:`, then
/// fixed-width columns with quoted strings), the CSV with the unit in the X/Y headers, and the older Protel CSV whose
/// values each carry a unit.
@Suite("XY reader: Altium")
struct AltiumPlacementTests {
    @Test("Pick Place text: the preamble is skipped, 'Units used: mm', TopLayer/BottomLayer, quoted cells with spaces")
    func pickPlaceText() {
        let text = MarkedText(
            """
            Altium Designer Pick and Place Locations
            C:\\Projects\\board\\Project Outputs\\Pick Place for board.txt

            ========================================================================================================================
            File Design Information:

            Date:       23/11/26
            Time:       10:00
            Revision:   Not in VersionControl
            Variant:    No variations
            Units used: mm

            Designator Comment Layer       Footprint Center-X(mm) Center-Y(mm) Rotation Description
            ⟨r1⟩R1         "10k"   TopLayer    0603      25.4000      50.8000      90       "Resistor, 1% thin film"
            C2         "1u"    BottomLayer 0402      12.7000      6.3500       360      "Cap"

            """)
        let list = PlacementReader.read(text.bytes, fileName: "Pick Place for board.txt")
        #expect(list.issues.isEmpty, "\(list.issues.map(\.message))")
        #expect(list.unit == .millimeter)
        #expect(list.placements.map(\.designator) == ["R1", "C2"])
        #expect(list.placements.map(\.value) == ["10k", "1u"])
        #expect(list.placements.map(\.side) == [.top, .bottom])
        #expect(list.placements.map(\.x) == [25.4, 12.7])
        #expect(list.placements.map(\.rotation) == [90, 360])
        #expect(list.placements.map(\.normalizedRotation) == [90, 0])
        #expect(list.placements[0].location == text.location("r1"))
    }

    @Test("CSV: every cell quoted, 'Center-X(mil)' states the unit")
    func csv() {
        let text = """
            "Designator","Comment","Layer","Footprint","Center-X(mil)","Center-Y(mil)","Rotation","Description"
            "R1","10k","TopLayer","0603","1000","2000","90","Resistor"
            "C2","1u","BottomLayer","0402","1500","250","270","Cap"

            """
        let list = PlacementReader.read(Array(text.utf8), fileName: "Pick Place for board.csv")
        #expect(list.issues.isEmpty)
        #expect(list.unit == .mil)
        #expect(list.unitEvidence == "the X/Y column header names 'mil'")
        #expect(list.placements.map(\.x) == [1000, 1500])
        #expect(list.placements.map(\.side) == [.top, .bottom])
    }

    @Test("older Protel CSV: a unit on every value, TB column; a value in another unit is converted to the file's")
    func protelSuffixes() {
        let text = """
            Designator,Footprint,Mid X,Mid Y,Ref X,Ref Y,Pad X,Pad Y,TB,Rotation,Comment
            R1,0603,1050mil,2000mil,1050mil,2000mil,1040mil,2000mil,T,90,10k
            C2,0402,25.4mm,2.54mm,25.4mm,2.54mm,25mm,2.54mm,B,180,1u

            """
        let list = PlacementReader.read(Array(text.utf8), fileName: "pnp.csv")
        #expect(list.issues.isEmpty)
        #expect(list.unit == .mil)
        #expect(list.placements.map(\.x) == [1050, 1000])
        #expect(list.placements.map(\.y) == [2000, 100])
        #expect(list.placements.map(\.side) == [.top, .bottom])
    }
}
