import FullKit
import Testing

/// Eagle `bom.ulp`-style exports: semicolon-separated `Qty;Value;Device;Package;Parts;Description`, the parts of a
/// line separated by spaces, names such as `U$10`.
@Suite("BOM reader: Eagle")
struct EagleBOMTests {
    @Test("semicolons, space-separated parts, U$10")
    func semicolons() {
        let bom = BOMReader.read(
            Array(
                "Qty;Value;Device;Package;Parts;Description\n2;10k;R-EU_R0603;R0603;R1 R2;Resistor\n1;;ATMEGA328;TQFP32;U$10;MCU\n"
                    .utf8))
        #expect(bom.issues.isEmpty)
        #expect(bom.lines.map(\.designators) == [["R1", "R2"], ["U$10"]])
        #expect(bom.lines.map(\.quantity) == [2, 1])
        #expect(bom.lines.map(\.footprint) == ["R0603", "TQFP32"])
    }
}
