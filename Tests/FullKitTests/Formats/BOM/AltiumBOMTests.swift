import FullKit
import Testing

/// Altium BOMs as real packs hold them: `Line #,Name,Description,Designator,Quantity,Manufacturer,…` with references
/// written `"C1, C3, C4"`, and `NOT FITTED PART` in the Manufacturer column for a part not to be placed.
@Suite("BOM reader: Altium")
struct AltiumBOMTests {
    @Test("comma-space designator lists; NOT FITTED PART in a Manufacturer column marks DNP, with the column named")
    func bom() {
        let text = """
            Line #,Name,Description,Designator,Quantity,Manufacturer,Manufacturers Part Number
            1,CAP,100nF 16V,"C1, C3, C4",3,Murata,GRM188R71C104KA01D
            2,RES,10k 1%,R5,1,NOT FITTED PART,

            """
        let bom = BOMReader.read(Array(text.utf8))
        #expect(bom.issues.isEmpty)
        #expect(bom.lines.map(\.designators) == [["C1", "C3", "C4"], ["R5"]])
        #expect(bom.lines.map(\.quantity) == [3, 1])
        #expect(bom.lines.map(\.doNotPlace) == [nil, "Manufacturer column says 'NOT FITTED PART'"])
    }

    @Test("the NoLoad parameter column: any mark in it means not placed")
    func noLoad() {
        let bom = BOMReader.read(Array("Designator,Quantity,Comment,NoLoad\nR1,1,10k,\nR2,1,10k,NoLoad\n".utf8))
        #expect(bom.lines.map(\.doNotPlace) == [nil, "NoLoad column says 'NoLoad'"])
    }
}
