import FullKit

@testable import FullKitCheck

/// The mini board with its bottom copper naming a component too (R5, placed on the bottom), so that both outer copper
/// layers name their components (`%TO.C`) and the component rules judge the pack.
enum NamedComponents {
    /// R5's SMD pads on the bottom at (9, 15) and (11, 15) mm.
    static let bottomPads = """
        %TA.AperFunction,SMDPad,CuDef*%
        %ADD10R,0.900000X0.950000*%
        %TD*%
        D10*
        %TO.C,R5*%
        X9000000Y15000000D03*
        X11000000Y15000000D03*
        %TD*%
        """

    /// The pack, with `topExtra` drawn on the top copper after its pads.
    static func pack(topExtra: String = "") -> FixturePack {
        var pack = FixturePack()
        pack["mini-F_Cu.gbr"] = MiniBoard.layer(
            "Copper,L1,Top", MiniBoard.pads + "\n" + MiniBoard.via + "\n" + topExtra)
        pack["mini-B_Cu.gbr"] = MiniBoard.layer("Copper,L2,Bot", bottomPads + "\n" + MiniBoard.via)
        pack["mini-B_Paste.gbr"] = MiniBoard.layer("Paste,Bot", bottomPads)
        pack["mini-bom.csv"] = MiniBoard.bom + "R5,1k,R_0603_1608Metric,1\n"
        pack["mini-positions.csv"] = MiniBoard.placements + "R5,1k,R_0603_1608Metric,10,15,0,bottom\n"
        return pack
    }
}
