import FullKit
import Testing

@testable import FullKitCheck

/// GERBER_DESIGNATOR_MISSING: every BOM and XY part has pads, when both outer copper layers name their components.
@Suite("GERBER_DESIGNATOR_MISSING")
struct GerberDesignatorMissingTests {
    @Test("R7 in the BOM and the XY file, with no pads: one finding in each file")
    func noPads() {
        var pack = NamedComponents.pack()
        pack["mini-bom.csv"] = pack["mini-bom.csv"]! + "R7,1k,R_0603_1608Metric,1\n"
        pack["mini-positions.csv"] = pack["mini-positions.csv"]! + "R7,1k,R_0603_1608Metric,25,15,0,top\n"
        let findings = pack.findings(GerberDesignatorMissing())
        #expect(findings.map(\.file) == ["mini-bom.csv", "mini-positions.csv"])
        #expect(findings.first?.message == "R7 is in the BOM, but no copper pad in the Gerbers carries its designator")
    }

    @Test("copper that names components on one side only cannot say which parts the board has: not judged")
    func oneSideNamed() {
        var pack = FixturePack()
        pack["mini-bom.csv"] = MiniBoard.bom + "R7,1k,R_0603_1608Metric,1\n"
        #expect(pack.findings(GerberDesignatorMissing()).isEmpty)
        #expect(NamedComponents.pack().findings(GerberDesignatorMissing()).isEmpty)
    }
}
