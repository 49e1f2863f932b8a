import FullKit
import Testing

/// gEDA pcb and pcb-rnd `xy` export: `#` comment lines (`PcbXY Version 1.0`, date, author, title), the header
/// `# RefDes, Description, Value, X, Y, rotation, top/bottom`, the unit in the comment after it (`# X,Y in mil.`),
/// then `R1,"0805","10k",1000.00,2000.00,90,top`.
@Suite("XY reader: gEDA/pcb-rnd xy")
struct GEDAPlacementTests {
    static func file(unit: String) -> String {
        """
        # PcbXY Version 1.0
        # Date: Mon Nov 23 10:00:00 2026 UTC
        # Author: someone
        # Title: board - PCB X-Y
        # RefDes, Description, Value, X, Y, rotation, top/bottom
        # X,Y in \(unit).  rotation in degrees.
        # --------------------------------------------
        R1,"0805","10k",1000.00,2000.00,90,top
        C2,"0603","100n",1500.50,250.00,0,bottom

        """
    }

    @Test(
        "the header is the '# RefDes' comment; the unit is read from the comment after it",
        arguments: [
            ("mil", LengthUnit.mil), ("mm", .millimeter), ("in", .inch),
        ] as [(String, LengthUnit)])
    func xy(unit: String, expected: LengthUnit) {
        let list = PlacementReader.read(Array(Self.file(unit: unit).utf8), fileName: "pcb-out.xy")
        #expect(list.issues.isEmpty)
        #expect(list.unit == expected)
        #expect(list.placements.map(\.designator) == ["R1", "C2"])
        #expect(list.placements.map(\.value) == ["10k", "100n"])
        #expect(list.placements.map(\.x) == [1000, 1500.5])
        #expect(list.placements.map(\.side) == [.top, .bottom])
    }
}
