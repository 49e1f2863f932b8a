import FullKit
import Testing

@testable import FullKitCheck

/// MISSING_SOLDERMASK: each copper side has its mask.
@Suite("MISSING_SOLDERMASK")
struct MissingSoldermaskTests {
    @Test("bottom copper without a bottom mask")
    func missing() {
        var pack = FixturePack()
        pack["mini-B_Mask.gbr"] = nil
        #expect(pack.findings(MissingSoldermask()).map(\.message) == ["bottom copper has no bottom solder mask layer"])
    }

    @Test("no copper on a side needs no mask there")
    func noCopperNoMask() {
        var pack = FixturePack()
        pack["mini-B_Mask.gbr"] = nil
        pack["mini-B_Cu.gbr"] = nil
        #expect(pack.findings(MissingSoldermask()).isEmpty)
    }
}
