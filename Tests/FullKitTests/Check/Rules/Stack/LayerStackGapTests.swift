import FullKit
import Testing

@testable import FullKitCheck

/// LAYER_STACK_GAP: copper layers numbered from L1 to the bottom without a gap.
@Suite("LAYER_STACK_GAP")
struct LayerStackGapTests {
    @Test("L1, L3 and L4 (bottom) without L2")
    func gap() {
        var pack = FixturePack()
        pack["mini-B_Cu.gbr"] = MiniBoard.layer("Copper,L4,Bot", MiniBoard.via)
        pack["mini-In2_Cu.gbr"] = MiniBoard.layer("Copper,L3,Inr", MiniBoard.via)
        #expect(
            pack.findings(LayerStackGap()).map(\.message) == ["copper layers L1, L3, L4 are present; L2 is missing"])
    }

    @Test("L1 to L4 complete")
    func complete() {
        var pack = FixturePack()
        pack["mini-B_Cu.gbr"] = MiniBoard.layer("Copper,L4,Bot", MiniBoard.via)
        pack["mini-In1_Cu.gbr"] = MiniBoard.layer("Copper,L2,Inr", MiniBoard.via)
        pack["mini-In2_Cu.gbr"] = MiniBoard.layer("Copper,L3,Inr", MiniBoard.via)
        #expect(pack.findings(LayerStackGap()).isEmpty)
    }
}
