import FullKit
import Testing

/// JLCPCB BOMs: the KiCad plugin's (`Comment,Designator,Footprint,LCSC,Quantity`, trailing spaces in LCSC codes) and
/// JLC's template (`JLCPCB Part #（optional）` with full-width parentheses, from a real pack).
@Suite("BOM reader: JLCPCB")
struct JLCPCBBOMTests {
    @Test("the plugin's BOM: Comment is the value, a quoted comma list of designators")
    func plugin() {
        let bom = BOMReader.read(
            Array(
                "Comment,Designator,Footprint,LCSC,Quantity\n100nF,\"C1,C2,C3\",C_0603,C14663 ,3\n10k,R1,R_0603,C25804,1\n"
                    .utf8))
        #expect(bom.issues.isEmpty)
        #expect(bom.lines.map(\.designators) == [["C1", "C2", "C3"], ["R1"]])
        #expect(bom.lines.map(\.value) == ["100nF", "10k"])
        #expect(bom.lines.map(\.quantity) == [3, 1])
    }

    @Test("the template: full-width parentheses in a header; DNP by value")
    func template() {
        let bom = BOMReader.read(
            Array("Comment,Designator,Footprint,JLCPCB Part #（optional）\n10k,R1,0603,C25804\nN.M.,R9,0603,\n".utf8))
        #expect(bom.lines.map(\.designators) == [["R1"], ["R9"]])
        #expect(bom.lines.map(\.doNotPlace) == [nil, "value is 'N.M.'"])
    }
}
