import FullKit
import Testing

@testable import FullKitCheck

/// XY_AWAY_FROM_PADS: where the copper names no parts, an SMD placement with no pad of its side within 5 mm, and no
/// pad group centred on it, is placed where the board has nothing to solder it to.
@Suite("XY_AWAY_FROM_PADS")
struct XYAwayFromPadsTests {
    /// Eight 0603 chips (pads 1.6 mm apart, along X or Y by their rotation) on the mini board's 30 × 20 mm outline.
    private static let parts: [(designator: String, x: Double, y: Double, rotation: Double)] = [
        ("R1", 5, 5, 0), ("R2", 10, 5, 90), ("R3", 15, 5, 0), ("R4", 20, 5, 90),
        ("C1", 5, 14, 0), ("C2", 10, 14, 90), ("C3", 15, 14, 0), ("C4", 20, 14, 90),
    ]

    private static func flash(_ x: Double, _ y: Double) -> String {
        "X\(Int((x * 1e6).rounded()))Y\(Int((y * 1e6).rounded()))D03*"
    }

    /// The pack: the outline, a top copper layer with the chips' pads (no `%TO.C` unless `named`), and an XY file
    /// that places `moved` at `to` instead of its pads' centre.
    private func pack(moving moved: String? = nil, to: (x: Double, y: Double) = (0, 0), named: Bool = false)
        -> FixturePack
    {
        var pack = FixturePack(miniBoard: false)
        pack["mini-Edge_Cuts.gbr"] = MiniBoard.outline
        var flashes = ["%ADD10R,0.900000X0.950000*%", "D10*"]
        for part in Self.parts {
            let (ux, uy) = part.rotation == 0 ? (0.8, 0.0) : (0.0, 0.8)
            if named { flashes.append("%TO.C,\(part.designator)*%") }
            for sign in [-1.0, 1.0] { flashes.append(Self.flash(part.x + sign * ux, part.y + sign * uy)) }
            if named { flashes.append("%TD*%") }
        }
        pack["mini-F_Cu.gbr"] = MiniBoard.layer("Copper,L1,Top", flashes.joined(separator: "\n"))
        var rows = ["Designator,Val,Package,Mid X(mm),Mid Y(mm),Rotation,Layer"]
        for part in Self.parts {
            let (x, y) = part.designator == moved ? to : (part.x, part.y)
            rows.append(
                "\(part.designator),10k,R_0603_1608Metric,\(String(format: "%.3f", x)),\(String(format: "%.3f", y)),\(Int(part.rotation)),top"
            )
        }
        pack["mini-positions.csv"] = rows.joined(separator: "\n") + "\n"
        return pack
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
            "\nM02*", with: "\n%ADD11R,6.000000X6.000000*%\nD11*\n\(Self.flash(27, 10.5))\nM02*")
        #expect(pack.findings(XYAwayFromPads()).isEmpty)
    }

    @Test("on the other side the placement would be a pad group's centre: the message asks whether the side is wrong")
    func otherSide() throws {
        var pack = pack(moving: "R3", to: (27, 17.5))
        pack["mini-B_Cu.gbr"] = MiniBoard.layer(
            "Copper,L2,Bot",
            ["%ADD10R,0.900000X0.950000*%", "D10*", Self.flash(26.2, 17.5), Self.flash(27.8, 17.5)].joined(
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
