import FullKit
import Testing

@testable import FullKitCheck

/// DIFF_NOT_A_PART: a designator in one file only that is not a placed part, and why.
@Suite("DIFF_NOT_A_PART")
struct DiffNotAPartTests {
    @Test("a fiducial by its prefix and a test point by its footprint, from either file")
    func notParts() {
        var pack = FixturePack()
        pack["mini-positions.csv"] = MiniBoard.placements + "FID1,,Fiducial,2,2,0,top\n"
        pack["mini-bom.csv"] = MiniBoard.bom + "X7,,TestPoint_Pad_1.0x1.0mm,1\n"
        #expect(
            pack.findings(DiffNotAPart()).map(\.message) == [
                "X7 is in the BOM but not in the XY file; it is a test point (footprint TestPoint_Pad_1.0x1.0mm), not a placed part",
                "FID1 is placed in the XY file but has no BOM line; it is a fiducial (designator prefix FID), not a placed part",
            ])
    }

    @Test("a site's policy adds its own prefixes")
    func policyPrefix() {
        var pack = FixturePack()
        pack["mini-bom.csv"] = MiniBoard.bom + "BT1,CR2032,BatteryHolder,1\n"
        var policy = Policy()
        policy.notPlacedPrefixes = ["BT": "a battery clip"]
        #expect(pack.findings(DiffNotAPart(), policy: policy).map(\.designators) == [["BT1"]])
        #expect(pack.findings(DiffNotAPart()).isEmpty)
    }
}
