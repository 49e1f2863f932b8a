import FullKit
import Testing

@testable import FullKitCheck

/// XY_THROUGH_HOLE_ORIGIN_UNUSUAL: a through-hole placement that follows neither of the pack's origin habits (on a
/// pad, at the pads' centre) is worth a look.
@Suite("XY_THROUGH_HOLE_ORIGIN_UNUSUAL")
struct XYThroughHoleOriginUnusualTests {
    /// The pack: `count` two-pin headers J1… (pins at (x, 5) and (x, 7.54), x = 4, 8, 12 …) named on both copper
    /// layers (`%TO.C`) over plated holes, placed at pin 1 as KiCad writes them, except `moved` placed at `to`.
    private func pack(headers count: Int = 6, moving moved: String? = nil, to: (x: Double, y: Double) = (0, 0))
        -> FixturePack
    {
        var pack = FixturePack(miniBoard: false)
        pack["mini-Edge_Cuts.gbr"] = MiniBoard.outline
        let headers = (1...count).map { ("J\($0)", 4.0 * Double($0)) }
        var flashes = ["%TA.AperFunction,ComponentPad*%", "%ADD11C,1.700000*%", "%TD*%", "D11*"]
        var holes: [String] = []
        for (designator, x) in headers {
            flashes.append("%TO.C,\(designator)*%")
            for y in [5.0, 7.54] {
                flashes.append(MiniBoard.flash(x, y))
                holes.append(String(format: "X%.2fY%.2f", x, y))
            }
            flashes.append("%TD*%")
        }
        let body = flashes.joined(separator: "\n")
        pack["mini-F_Cu.gbr"] = MiniBoard.layer("Copper,L1,Top", body)
        pack["mini-B_Cu.gbr"] = MiniBoard.layer("Copper,L2,Bot", body)
        pack["mini-PTH.drl"] = MiniBoard.platedDrill.replacing("T1C0.300", with: "T1C1.000")
            .replacing("X5.0Y5.0", with: holes.joined(separator: "\n"))
        var rows = ["Designator,Val,Package,Mid X(mm),Mid Y(mm),Rotation,Layer"]
        for (designator, x) in headers {
            let (px, py) = designator == moved ? to : (x, 5.0)
            rows.append(
                "\(designator),Conn,PinHeader_1x02_P2.54mm_Vertical,\(String(format: "%.3f", px)),\(String(format: "%.3f", py)),90,top"
            )
        }
        pack["mini-positions.csv"] = rows.joined(separator: "\n") + "\n"
        return pack
    }

    @Test("every header on its pin 1: the habit holds, no finding")
    func habit() {
        let analyzed = pack().analyzed()
        #expect(analyzed.throughHoleHabit.counts == [.onPad: 6])
        #expect(analyzed.throughHoleHabit.holds && analyzed.throughHoleHabit.dominant == .onPad)
        #expect(pack().findings(XYThroughHoleOriginUnusual()).isEmpty)
    }

    @Test("one header 2 mm beside its pins, where five are on pin 1: a warning naming the distance and the habit")
    func unusual() throws {
        let findings = pack(moving: "J3", to: (14, 5)).findings(XYThroughHoleOriginUnusual())
        let finding = try #require(findings.first)
        #expect(findings.count == 1 && finding.severity == .warning)
        #expect(
            finding.message
                == "J3 at (14.0 mm, 5.0 mm) is neither on one of its 2 pads nor at their centre (12.0 mm, 6.27 mm): 2.0 mm outside their box, where 5 of the pack's 6 through-hole placements are on a pad or at their pads' centre (most on one of their pads)"
        )
        #expect(finding.location == SourceLocation(line: 4, column: 1))
    }

    @Test("at its pads' centre a header follows the other habit: no finding")
    func atCentre() {
        #expect(pack(moving: "J3", to: (12, 6.27)).findings(XYThroughHoleOriginUnusual()).isEmpty)
    }

    @Test("from four through-hole parts no habit is learnt: no finding")
    func tooFew() {
        let pack = pack(headers: 4, moving: "J3", to: (14, 5))
        #expect(!pack.analyzed().throughHoleHabit.holds)
        #expect(pack.findings(XYThroughHoleOriginUnusual()).isEmpty)
    }

    @Test("beyond the 5 mm reach the part is off its pads (XY_OFF_PADS, an error), not unusual")
    func beyondReach() {
        let pack = pack(moving: "J3", to: (12, 16))
        #expect(pack.findings(XYThroughHoleOriginUnusual()).isEmpty)
        #expect(pack.findings(XYOffPads()).map(\.designators) == [["J3"]])
    }
}
