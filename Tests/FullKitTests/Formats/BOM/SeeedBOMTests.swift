import FullKit
import Testing

/// Seeed Fusion's BOM template: `Designator,MPN/Seeed SKU,Qty,Link`.
@Suite("BOM reader: Seeed")
struct SeeedBOMTests {
    @Test("Designator and Qty are found among Seeed's columns")
    func template() {
        let bom = BOMReader.read(
            Array(
                "Designator,MPN/Seeed SKU,Qty,Link\n\"R1,R2\",RC0603FR-0710KL,2,https://example.com/r\nU1,STM32F103C8T6,1,\n"
                    .utf8))
        #expect(bom.issues.isEmpty)
        #expect(bom.lines.map(\.designators) == [["R1", "R2"], ["U1"]])
        #expect(bom.lines.map(\.quantity) == [2, 1])
    }
}
