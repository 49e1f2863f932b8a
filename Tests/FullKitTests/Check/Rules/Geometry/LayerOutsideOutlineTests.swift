import FullKit
import Testing

@testable import FullKitCheck

/// LAYER_OUTSIDE_OUTLINE: each copper, mask, paste and drill file fits the outline's extent.
@Suite("LAYER_OUTSIDE_OUTLINE")
struct LayerOutsideOutlineTests {
    @Test("a mask with an opening 50 mm past the board's edge is from another board")
    func outside() {
        var pack = FixturePack()
        pack["mini-F_Mask.gbr"] = MiniBoard.layer("Soldermask,Top", MiniBoard.pads + "\nX80000000Y10000000D03*")
        let findings = pack.findings(LayerOutsideOutline())
        #expect(findings.map(\.file) == ["mini-F_Mask.gbr"])
        #expect(findings.first?.message.hasPrefix("mini-F_Mask.gbr reaches 50.4 mm beyond the board outline") == true)
    }

    @Test("a silkscreen overhanging the edge is not judged (only copper, mask, paste and drill are)")
    func silkscreenIgnored() {
        var pack = FixturePack()
        pack["mini-F_Silkscreen.gbr"] = MiniBoard.layer("Legend,Top", MiniBoard.pads + "\nX80000000Y10000000D03*")
        #expect(pack.findings(LayerOutsideOutline()).isEmpty)
    }
}
