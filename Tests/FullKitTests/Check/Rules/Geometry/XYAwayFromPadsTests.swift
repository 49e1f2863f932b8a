import FullKit
import Testing

@testable import FullKitCheck

/// XY_AWAY_FROM_PADS: where the copper names no parts, an SMD placement with no pad of its side within 5 mm, and no
/// pad group centred on it, is placed where the board has nothing to solder it to.
@Suite("XY_AWAY_FROM_PADS")
struct XYAwayFromPadsTests {
    /// The eight chips (`EightChips`), their pads named with `%TO.C` when `named`, with `moved` placed at `to`.
    private func pack(moving moved: String? = nil, to: (x: Double, y: Double) = (0, 0), named: Bool = false)
        -> FixturePack
    {
        EightChips.pack(named: named) { $0.designator == moved ? to : ($0.x, $0.y) }
    }

    @Test("every placement on its pads: no finding")
    func onPads() {
        #expect(pack().findings(XYAwayFromPads()).isEmpty)
    }

    @Test("one part of eight moved into the empty corner: named with the distance and the nearest pad group")
    func awayInEmptyBoard() throws {
        let findings = pack(moving: "R3", to: (27, 17.5)).findings(XYAwayFromPads())
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        // C4's upper pad (20, 14.8), 0.9 × 0.95 mm: its copper's corner (20.45, 15.275) is 6.92 mm away; C4's two
        // pads are 0.65 mm apart, one group centred at (20, 14).
        #expect(
            finding.message.hasPrefix(
                "R3 at (27.0 mm, 17.5 mm) is no pad group's centre and the nearest copper pad of the top side is 6.92 mm away, in a group of 2 pads centred at (20.0 mm, 14.0 mm), more than 5.0 mm"
            ))
        #expect(finding.designators == ["R3"])
        #expect(finding.location == SourceLocation(line: 4, column: 1))
        #expect(finding.position == BoardPoint(x: 27, y: 17.5))
        #expect(abs((finding.distanceMillimeters ?? 0) - 6.92) < 0.01)
    }

    @Test("the operator's pad reach decides: 7 mm keeps the part, and the message names the reach")
    func policyReach() throws {
        var policy = Policy()
        policy.placementTolerances.padReachMillimetres = 7
        #expect(pack(moving: "R3", to: (27, 17.5)).findings(XYAwayFromPads(), policy: policy).isEmpty)
        policy.placementTolerances.padReachMillimetres = 3
        let finding = try #require(pack(moving: "R3", to: (24, 17.5)).findings(XYAwayFromPads(), policy: policy).first)
        #expect(finding.message.contains("away, in a group of 2 pads centred at (20.0 mm, 14.0 mm), more than 3.0 mm"))
    }

    @Test("a part 3 mm off its pads is not away from the board's pads (the share of centred placements judges that)")
    func nearPads() {
        #expect(pack(moving: "R3", to: (18, 8)).findings(XYAwayFromPads()).isEmpty)
    }

    @Test("a placement on a drill hole is mounted by it (a press-fit or mechanical part): not judged by the copper")
    func onHole() {
        var pack = pack(moving: "R3", to: (27, 17.5))
        pack["mini-NPTH.drl"] = MiniBoard.platedDrill.replacing("Plated,1,2,PTH", with: "NonPlated,1,2,NPTH")
            .replacing("X5.0Y5.0", with: "X27.0Y17.5")
        #expect(pack.findings(XYAwayFromPads()).isEmpty)
    }

    @Test("a big pad's copper counts from its edge, not its centre")
    func bigPad() {
        var pack = pack(moving: "R3", to: (27, 17.5))
        // A 6 × 6 mm pad centred 7 mm from the placement: its copper lies 4 mm away.
        pack["mini-F_Cu.gbr"] = pack["mini-F_Cu.gbr"]!.replacing(
            "\nM02*", with: "\n%ADD11R,6.000000X6.000000*%\nD11*\n\(MiniBoard.flash(27, 10.5))\nM02*")
        #expect(pack.findings(XYAwayFromPads()).isEmpty)
    }

    @Test("on the other side the placement would be a pad group's centre: the message asks whether the side is wrong")
    func otherSide() throws {
        var pack = pack(moving: "R3", to: (27, 17.5))
        pack["mini-B_Cu.gbr"] = MiniBoard.layer(
            "Copper,L2,Bot",
            ["%ADD10R,0.900000X0.950000*%", "D10*", MiniBoard.flash(26.2, 17.5), MiniBoard.flash(27.8, 17.5)].joined(
                separator: "\n"))
        let finding = try #require(pack.findings(XYAwayFromPads()).first)
        #expect(finding.message.contains("on the bottom side it would sit at the centre of a pad group at ("))
        #expect(finding.message.hasSuffix("is it listed on the wrong side?"))
    }

    @Test("where the copper names the parts, XY_OFF_PADS judges each part instead: not judged here")
    func namedParts() {
        #expect(pack(moving: "R3", to: (27, 17.5), named: true).findings(XYAwayFromPads()).isEmpty)
    }
}
