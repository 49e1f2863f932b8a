import FullKit
import Testing

@testable import FullKitCheck

/// BOM_DNP_NOT_PLACED: a do-not-place line with no placement is recorded, with the evidence.
@Suite("BOM_DNP_NOT_PLACED")
struct BOMDNPNotPlacedTests {
    @Test("a DNP value explains the missing placement, at info severity")
    func doNotPlace() {
        var pack = FixturePack()
        pack["mini-bom.csv"] = MiniBoard.bom + "R3,DNP,R_0603_1608Metric,1\n"
        let findings = pack.findings(BOMDNPNotPlaced())
        #expect(findings.map(\.message) == ["R3 is not in the XY file; the BOM marks it do-not-place (value is 'DNP')"])
        #expect(findings.first?.severity == .info)
    }

    @Test("a placed DNP part is not reported here")
    func placedAnyway() {
        var pack = FixturePack()
        pack["mini-bom.csv"] = MiniBoard.bom.replacing("R1,10k", with: "R1,DNP")
        #expect(pack.findings(BOMDNPNotPlaced()).isEmpty)
    }
}
