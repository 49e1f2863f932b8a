import FullKit
import Testing

/// KiCad BOMs: kicad-cli's CSV (`"Refs","Value","Footprint","Qty","DNP"`, ranges such as `C103-C105` by default) and
/// the legacy netlist plugins' (a `Source:`/`Date:`/`Tool:` preamble, references with a trailing `", "`).
@Suite("BOM reader: KiCad")
struct KiCadBOMTests {
    @Test("kicad-cli: every cell quoted, ranges expanded, the DNP column")
    func cli() {
        let text = MarkedText(
            """
            "Refs","Value","Footprint","Qty","DNP"
            ⟨c⟩"C103-C105,C109","100n","C_0603_1608Metric","4",""
            "R1","10k","R_0603_1608Metric","1","DNP"

            """)
        let bom = BOMReader.read(text.bytes)
        #expect(bom.issues.isEmpty)
        #expect(bom.lines.map { Array($0.designators) } == [["C103", "C104", "C105", "C109"], ["R1"]])
        #expect(bom.lines.map(\.quantity) == [4, 1])
        #expect(bom.lines.map(\.doNotPlace) == [nil, "DNP column says 'DNP'"])
        #expect(bom.lines[0].location == text.location("c"))
    }

    @Test("legacy plugin: preamble rows skipped, trailing ', ' after the last reference, DNP column")
    func legacy() {
        let text = MarkedText(
            """
            Source:,board.kicad_sch
            Date:,2026-11-02
            Tool:,Eeschema 7.0.10
            Component Count:,3
            Ref,Qnty,Value,Cmp name,Footprint,Description,Vendor,DNP
            ⟨r⟩"R1, R2, ",2,10k,R,R_0603,Resistor,,
            C1,1,100n,C,C_0603,Capacitor,,DNP

            """)
        let bom = BOMReader.read(text.bytes)
        #expect(bom.issues.isEmpty)
        #expect(bom.lines.map(\.designators) == [["R1", "R2"], ["C1"]])
        #expect(bom.lines.map(\.quantity) == [2, 1])
        #expect(bom.lines[0].location == text.location("r"))
        #expect(bom.lines.map(\.doNotPlace) == [nil, "DNP column says 'DNP'"])
    }
}
