import FullKit
import Testing

@testable import FullKitCheck

/// XY_OFF_PADS: where the copper names each part's pads (%TO.C), an SMD placement lies at their centre.
@Suite("XY_OFF_PADS")
struct XYOffPadsTests {
    @Test("C1 1.5 mm from the centre of its pads (a stale XY file, still on the board) is named at its row")
    func offItsPads() throws {
        var pack = FixturePack()
        let xy = MarkedText(
            MiniBoard.placements.replacing(
                "C1,100n,C_0603_1608Metric,20,10", with: "⟨c1⟩C1,100n,C_0603_1608Metric,21.5,10"))
        pack.files["mini-positions.csv"] = xy.bytes
        let findings = pack.findings(XYOffPads())
        #expect(findings.map(\.designators) == [["C1"]])
        #expect(findings.first?.location == xy.location("c1"))
        #expect(
            findings.first?.message.hasPrefix(
                "C1 at (21.5 mm, 10.0 mm) is 1.5 mm from the centre of its pads (2 on the top copper, centre (20.0 mm, 10.0 mm)), more than 0.5 mm"
            ) == true)
    }

    @Test("within 0.5 mm of the centre of its pads, a placement is on them")
    func onItsPads() {
        var pack = FixturePack()
        pack["mini-positions.csv"] = MiniBoard.placements.replacing(
            "C1,100n,C_0603_1608Metric,20,10", with: "C1,100n,C_0603_1608Metric,20.4,10.2")
        #expect(pack.findings(XYOffPads()).isEmpty)
        #expect(FixturePack().findings(XYOffPads()).isEmpty)
    }

    @Test(
        "the operator's tolerance decides: 0.3 mm (and a tenth of the 2 mm span) names a part 0.4 mm off, 2 mm accepts one 1.5 mm off"
    )
    func policyTolerance() {
        var pack = FixturePack()
        pack["mini-positions.csv"] = MiniBoard.placements.replacing(
            "C1,100n,C_0603_1608Metric,20,10", with: "C1,100n,C_0603_1608Metric,20.4,10")
        var strict = Policy()
        strict.placementTolerances.smdCentreMillimetres = 0.3
        #expect(pack.findings(XYOffPads(), policy: strict).isEmpty, "a quarter of the span, 0.5 mm, still allows it")
        strict.placementTolerances.smdCentreShare = 0.1
        #expect(pack.findings(XYOffPads(), policy: strict).map(\.designators) == [["C1"]])
        pack["mini-positions.csv"] = MiniBoard.placements.replacing(
            "C1,100n,C_0603_1608Metric,20,10", with: "C1,100n,C_0603_1608Metric,21.5,10")
        var lenient = Policy()
        lenient.placementTolerances.smdCentreMillimetres = 2
        #expect(pack.findings(XYOffPads(), policy: lenient).isEmpty)
    }

    @Test("copper that names no pad (an older export) judges nothing")
    func noNamedPads() {
        var pack = FixturePack()
        pack["mini-F_Cu.gbr"] = MiniBoard.layer(
            "Copper,L1,Top",
            MiniBoard.pads.replacing("%TO.C,R1*%\n", with: "")
                .replacing("%TO.C,C1*%\n", with: ""))
        pack["mini-positions.csv"] = MiniBoard.placements.replacing(
            "C1,100n,C_0603_1608Metric,20,10", with: "C1,100n,C_0603_1608Metric,23,10")
        #expect(pack.findings(XYOffPads()).isEmpty)
    }
}
