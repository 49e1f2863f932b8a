import FullKit
import Testing

@testable import FullKitCheck

/// GERBER_DESIGNATOR_UNLISTED: every component the copper names is in the BOM or XY file.
@Suite("GERBER_DESIGNATOR_UNLISTED")
struct GerberDesignatorUnlistedTests {
    private static let u9 = "%TO.C,U9*%\nX25000000Y5000000D03*\n%TD*%"

    @Test("U9 has pads but is in neither file")
    func unlisted() {
        let findings = NamedComponents.pack(topExtra: Self.u9).findings(GerberDesignatorUnlisted())
        #expect(
            findings.map(\.message) == ["U9 has pads in the Gerbers (%TO.C) but is in neither the BOM nor the XY file"])
    }

    @Test("the fab profile lists no parts, so none is unlisted")
    func fabProfile() {
        var policy = Policy()
        policy.profile = .fab
        #expect(NamedComponents.pack(topExtra: Self.u9).findings(GerberDesignatorUnlisted(), policy: policy).isEmpty)
    }
}
