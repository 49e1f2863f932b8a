import FullKit
import Testing

@testable import FullKitCheck

/// XY_NOT_CENTRED_ON_PADS: where the copper names no parts, an XY file's SMD placements are mostly the centres of pad
/// groups.
@Suite("XY_NOT_CENTRED_ON_PADS")
struct XYNotCentredOnPadsTests {
    /// The eight chips (`EightChips`) with their placements moved by (`dx`, `dy`) mm and written with `decimals`
    /// digits, their pads named with `%TO.C` when `named`.
    private func pack(movedBy dx: Double = 0, _ dy: Double = 0, decimals: Int = 3, named: Bool = false) -> FixturePack {
        EightChips.pack(named: named, decimals: decimals) { ($0.x + dx, $0.y + dy) }
    }

    @Test("every placement at its pads' centre: no finding")
    func centred() {
        #expect(pack().findings(XYNotCentredOnPads()).isEmpty)
        #expect(pack().analyzed().padCentrings.first.map { ($0.judged, $0.centred) } ?? (0, 0) == (8, 8))
    }

    @Test("a stale XY file, every part 1.2 mm and 0.9 mm off: named at its first row, with the parts not centred")
    func stale() throws {
        let finding = try #require(pack(movedBy: 1.2, 0.9).findings(XYNotCentredOnPads()).first)
        #expect(finding.message.hasPrefix("only 0 of 8 SMD placements sit at the centre of a group of copper pads"))
        #expect(finding.location == SourceLocation(line: 2, column: 1))
        #expect(finding.designators == ["R1", "R2", "R3", "R4", "C1"])
        #expect(finding.position == BoardPoint(x: 6.2, y: 5.9))
    }

    @Test("one part off of eight is no evidence (an asymmetric footprint may be): no finding")
    func oneOff() {
        var pack = pack()
        pack["mini-positions.csv"] = pack["mini-positions.csv"]!.replacing(
            "R3,10k,R_0603_1608Metric,15.000,5.000", with: "R3,10k,R_0603_1608Metric,16.300,5.700")
        #expect(pack.findings(XYNotCentredOnPads()).isEmpty)
        #expect(pack.analyzed().padCentrings.first?.centred == 7)
    }

    @Test(
        "the tolerance follows the file's resolution: 0.1 mm, 1.5 steps of a coarser grid, at most 1 mm",
        arguments: [
            ([5.3, 14.1, -2.7], LengthUnit.millimeter, 0.15), ([5.35, 14.125], .millimeter, 0.1),
            ([5, 14], .millimeter, 1), ([100, 250], .mil, 0.1), ([1.2, 0.35], .inch, 0.381),
        ])
    func tolerance(values: [Double], unit: LengthUnit, expected: Double) {
        let placements = values.map { value in
            PlacementList.Placement(
                designator: "R1", x: value, y: value, rotation: 0, side: .top, value: "", footprint: "",
                location: SourceLocation(line: 2, column: 1))
        }
        #expect(abs(PadCentring.tolerance(placements, unit: unit) - expected) < 1e-9)
    }

    @Test("past its budget of pads looked at, a file is judged by its first placements, and the message says so")
    func partial() throws {
        var analyzed = pack(movedBy: 1.2, 0.9).analyzed()
        // Each placement looks at the pads within 12 mm of it (most of the board's 16): 80 visits judge six or seven.
        let pads = PadIndex(analyzed.entries, limits: ReadLimits())
        analyzed.padCentrings = PadCentring.find(
            in: analyzed, pads: pads, sites: PlacementSites(analyzed.entries, pads: pads, limits: ReadLimits()),
            limits: ReadLimits(), visits: 80)
        let centring = try #require(analyzed.padCentrings.first)
        #expect(centring.isPartial && centring.judged < 8 && centring.judged >= XYNotCentredOnPads.minimumJudged)
        let finding = try #require(XYNotCentredOnPads().findings(in: analyzed, policy: Policy()).first)
        #expect(
            finding.message.hasPrefix(
                "only 0 of the first \(centring.judged) SMD placements (the pads around the rest were too many to look at) sit"
            ))
    }

    @Test("where the copper names the parts, XY_OFF_PADS judges each part instead: not judged here")
    func namedParts() {
        #expect(pack(movedBy: 1.2, 0.9, named: true).analyzed().padCentrings.isEmpty)
    }
}
