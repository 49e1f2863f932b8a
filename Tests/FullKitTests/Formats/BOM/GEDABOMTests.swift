import FullKit
import Testing

/// gEDA pcb / pcb-rnd `bom` export: `#` comment lines, the header `# Quantity, Description, Value, RefDes`, then
/// rows whose RefDes cell lists the parts separated by spaces.
@Suite("BOM reader: gEDA/pcb-rnd")
struct GEDABOMTests {
    @Test("the header is the '# Quantity' comment; space-separated RefDes")
    func bom() {
        let text = """
            # PcbBOM Version 1.0
            # Date: Mon Nov 23 10:00:00 2026 UTC
            # Author: someone
            # Title: board - PCB BOM
            # Quantity, Description, Value, RefDes
            # --------------------------------------------
            2,"0805","10k",R1 R2
            1,"0603","100n",C2

            """
        let bom = BOMReader.read(Array(text.utf8))
        #expect(bom.issues.isEmpty)
        #expect(bom.lines.map(\.designators) == [["R1", "R2"], ["C2"]])
        #expect(bom.lines.map(\.quantity) == [2, 1])
        #expect(bom.lines.map(\.value) == ["10k", "100n"])
    }
}
