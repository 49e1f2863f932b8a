import FullKit
import Testing

/// EasyEDA BOMs: Standard writes UTF-16LE with a byte-order mark, TAB-separated (`ID Name Designator Footprint
/// Quantity …`); Pro writes UTF-8 CSV (`No.,Quantity,Comment,Designator,Footprint,Value,…`), names such as `USB`.
@Suite("BOM reader: EasyEDA")
struct EasyEDABOMTests {
    @Test("Standard: UTF-16LE, TAB-separated, CJK and µ text intact")
    func standard() {
        let text =
            "ID\tName\tDesignator\tFootprint\tQuantity\tManufacturer Part\tManufacturer\tSupplier\tSupplier Part\tPrice\n"
            + "1\t4.7µF\tC1,C2\tC0805\t2\tCL21A475KAQNNNE\t三星\tLCSC\tC1779\t0.01\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bom = BOMReader.read(bytes)
        #expect(bom.issues.isEmpty)
        #expect(bom.encoding == .utf16LittleEndian)
        #expect(bom.lines.map(\.designators) == [["C1", "C2"]])
        #expect(bom.lines.map(\.quantity) == [2])
    }

    @Test("Pro: non-numeric designators read as written")
    func pro() {
        let text = """
            No.,Quantity,Comment,Designator,Footprint,Value,Manufacturer Part,Manufacturer,Supplier Part,Supplier,LCSC Price,JLCPCB Price
            1,2,100nF,"C1,C2",C0603,100nF,CL10B104KB8NNNC,SAMSUNG,C1591,LCSC,0.01,0.01
            2,3,Button,"BOOT,RESET,USB",SW-SMD,,TS-1187A,XKB,C318884,LCSC,0.05,0.05

            """
        let bom = BOMReader.read(Array(text.utf8))
        #expect(bom.issues.isEmpty)
        #expect(bom.lines.map(\.designators) == [["C1", "C2"], ["BOOT", "RESET", "USB"]])
        #expect(bom.lines.map(\.value) == ["100nF", ""])
    }
}
