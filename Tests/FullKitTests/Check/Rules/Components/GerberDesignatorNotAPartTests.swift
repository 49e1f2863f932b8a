import FullKit
import Testing

@testable import FullKitCheck

/// GERBER_DESIGNATOR_NOT_A_PART: a component with pads in neither file that is not a placed part is noted.
@Suite("GERBER_DESIGNATOR_NOT_A_PART")
struct GerberDesignatorNotAPartTests {
    @Test("a fiducial flashed on the copper with its %TO.C, in neither BOM nor XY")
    func fiducial() {
        let pack = NamedComponents.pack(topExtra: "%TO.C,FID1*%\nX2000000Y2000000D03*\n%TD*%")
        let findings = pack.findings(GerberDesignatorNotAPart())
        #expect(
            findings.map(\.message) == [
                "FID1 has pads in the Gerbers and is in neither BOM nor XY: it is a fiducial (designator prefix FID)"
            ])
        #expect(findings.first?.severity == .info)
        #expect(pack.findings(GerberDesignatorUnlisted()).isEmpty)
    }

    @Test("nothing unlisted, nothing noted")
    func none() {
        #expect(NamedComponents.pack().findings(GerberDesignatorNotAPart()).isEmpty)
    }
}
