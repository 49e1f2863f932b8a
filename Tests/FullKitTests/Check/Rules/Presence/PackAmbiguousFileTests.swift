import FullKit
import Testing

@testable import FullKitCheck

/// PACK_AMBIGUOUS_FILE: no role is filled twice.
@Suite("PACK_AMBIGUOUS_FILE")
struct PackAmbiguousFileTests {
    @Test("two BOMs that differ: one finding naming both, the second as a related place")
    func twoBOMs() {
        var pack = FixturePack()
        pack["old/mini-bom.csv"] = MiniBoard.bom.replacing("R1,10k", with: "R1,4k7")
        let findings = pack.findings(PackAmbiguousFile())
        #expect(findings.map(\.message) == ["2 files claim to be the BOM: mini-bom.csv, old/mini-bom.csv"])
        #expect(findings.first?.related.map(\.file) == ["old/mini-bom.csv"])
    }

    @Test("an SMD BOM and a through-hole BOM that share no designator split the parts: no ambiguity")
    func splitBOMs() {
        var pack = FixturePack()
        pack["mini-bom-tht.csv"] = "Reference,Value,Footprint,Quantity\nJ1,Conn,PinHeader_1x02_P2.54mm,1\n"
        #expect(pack.findings(PackAmbiguousFile()).isEmpty)
        pack["mini-bom-tht.csv"] = "Reference,Value,Footprint,Quantity\nJ1,Conn,PinHeader_1x02_P2.54mm,1\nR1,10k,,1\n"
        #expect(
            pack.findings(PackAmbiguousFile()).map(\.message) == [
                "2 files claim to be the BOM: mini-bom-tht.csv, mini-bom.csv"
            ])
    }

    @Test("two top copper layers that differ")
    func twoTopCopper() {
        var pack = FixturePack()
        pack["old/mini-F_Cu.gbr"] = pack["mini-F_Cu.gbr"]?.replacing(
            "X9000000Y10000000D03*", with: "X9100000Y10000000D03*")
        #expect(
            pack.findings(PackAmbiguousFile()).map(\.message) == [
                "2 files claim to be the top copper layer: mini-F_Cu.gbr, old/mini-F_Cu.gbr"
            ])
    }

    @Test("an identical copy (line endings aside) is no ambiguity: it is judged once, and noted")
    func identicalCopy() {
        var pack = FixturePack()
        pack["copy/mini-bom.csv"] = MiniBoard.bom.replacing("\n", with: "\r\n")
        #expect(pack.findings(PackAmbiguousFile()).isEmpty)
        #expect(
            pack.findings(PackDuplicateFile()).map(\.message) == [
                "mini-bom.csv is an identical copy of copy/mini-bom.csv (line endings aside): it is judged once"
            ])
    }

    @Test("one file per role")
    func unique() {
        #expect(FixturePack().findings(PackAmbiguousFile()).isEmpty)
    }
}
