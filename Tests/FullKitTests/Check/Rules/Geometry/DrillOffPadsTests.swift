import FullKit
import Testing

@testable import FullKitCheck

/// DRILL_OFF_PADS: a plated drill file's holes and slots land on the copper's pads; one that registers only when
/// shifted or scaled names the correction.
@Suite("DRILL_OFF_PADS")
struct DrillOffPadsTests {
    /// Eight oval connector pads on both outer layers (the mini board's via besides), for a plated slot file.
    private static let ovalPads = """
        %TA.AperFunction,ComponentPad*%
        %ADD20O,1.000000X2.000000*%
        %TD*%
        D20*
        X4000000Y3000000D03*
        X8000000Y3000000D03*
        X12000000Y3000000D03*
        X16000000Y3000000D03*
        X4000000Y16000000D03*
        X8000000Y16000000D03*
        X12000000Y16000000D03*
        X16000000Y16000000D03*
        """

    /// The mini board with the oval pads, and a plated drill file cutting a G85 slot through each, moved by
    /// (`dx`, `dy`) mm.
    private func pack(slotsMovedBy dx: Double = 0, _ dy: Double = 0) -> FixturePack {
        var pack = FixturePack()
        pack["mini-F_Cu.gbr"] = MiniBoard.layer(
            "Copper,L1,Top", MiniBoard.pads + "\n" + MiniBoard.via + "\n" + Self.ovalPads)
        pack["mini-B_Cu.gbr"] = MiniBoard.layer("Copper,L2,Bot", MiniBoard.via + "\n" + Self.ovalPads)
        let slots = [(4.0, 3.0), (8, 3), (12, 3), (16, 3), (4, 16), (8, 16), (12, 16), (16, 16)].map { x, y in
            "X\(x + dx)Y\(y - 0.5 + dy)G85X\(x + dx)Y\(y + 0.5 + dy)"
        }
        pack["mini-PTH.drl"] = MiniBoard.platedDrill.replacing(
            "X5.0Y5.0\n", with: "X\(5 + dx)Y\(5 + dy)\nT2\n" + slots.joined(separator: "\n") + "\n"
        ).replacing("T1C0.300\n", with: "T1C0.300\nT2C0.800\n")
        return pack
    }

    @Test("slots are registered by their centres: all on their oval pads, no finding")
    func slotsOnPads() throws {
        let pack = pack()
        #expect(pack.findings(DrillOffPads()).isEmpty)
        let registration = try #require(pack.analyzed().drillRegistrations.first)
        #expect(registration.sampled == 9 && registration.onPads == 9)
    }

    @Test("a slot file with another origin names the shift that registers it")
    func shiftedSlots() throws {
        let finding = try #require(pack(slotsMovedBy: 3, 2).findings(DrillOffPads()).first)
        #expect(
            finding.message.hasPrefix(
                "0 of 9 holes land on a copper pad as written, 9 when shifted by (-3.0 mm, -2.0 mm)"))
    }
}
