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

    /// An Altium layer without X2 attributes: a legacy header naming only the layer's extension.
    static func altiumLayer(_ ext: String) -> String {
        "G04 Altium Designer layer \(ext)*\n%FSLAX25Y25*%\n%MOIN*%\n%ADD10C,0.01*%\nD10*\nX0Y0D03*\nM02*\n"
    }

    @Test("Altium names without X2: .G1 and .G4 without .G2 and .G3, and planes .GP1, .GP2 complete")
    func extensionGap() {
        var pack = FixturePack(miniBoard: false)
        for ext in ["GTL", "G1", "G4", "GP1", "GP2", "GBL"] { pack["board.\(ext)"] = Self.altiumLayer(ext) }
        #expect(
            pack.findings(LayerStackGap()).map(\.message) == [
                "inner copper layers .G1, .G4 are present; .G2, .G3 are missing (a tool numbers one series of inner layers one after another)"
            ])
        pack["board.G2"] = Self.altiumLayer("G2")
        pack["board.G3"] = Self.altiumLayer("G3")
        #expect(pack.findings(LayerStackGap()).isEmpty)
    }
}
