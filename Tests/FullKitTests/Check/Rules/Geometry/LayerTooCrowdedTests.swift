import FullKit
import Testing

@testable import FullKitCheck

/// LAYER_TOO_CROWDED: a layer with more pad or hole centres in one 2.5 mm square than the registration looks at.
@Suite("LAYER_TOO_CROWDED")
struct LayerTooCrowdedTests {
    /// The mini board with `count` flashes stacked at (10, 10) mm on its top copper and `holes` drill hits there.
    private func pack(flashes count: Int, holes: Int = 0) -> FixturePack {
        var pack = FixturePack()
        let flashes = ["%ADD10C,0.5*%", "D10*"] + Array(repeating: "X10000000Y10000000D03*", count: count)
        pack["mini-F_Cu.gbr"] = MiniBoard.layer("Copper,L1,Top", flashes.joined(separator: "\n"))
        if holes > 0 {
            pack["mini-NPTH.drl"] = nil
            pack["mini-PTH.drl"] =
                "M48\nMETRIC,TZ\nT1C0.3\n%\nT1\n" + String(repeating: "X10.0Y10.0\n", count: holes) + "M30\n"
        }
        return pack
    }

    /// A policy whose `maximumPadsPerCell` is `limit`.
    private func policy(limit: Int) -> Policy {
        var policy = Policy()
        policy.limits.maximumPadsPerCell = limit
        return policy
    }

    @Test("the mini board is far below the default limit: no finding")
    func realBoard() {
        #expect(FixturePack().findings(LayerTooCrowded()).isEmpty)
        #expect(pack(flashes: 200).findings(LayerTooCrowded()).isEmpty)
    }

    @Test("flashes stacked past the limit: the copper layer is named, with the point and how many were turned away")
    func stackedFlashes() throws {
        let findings = pack(flashes: 12).findings(LayerTooCrowded(), policy: policy(limit: 5))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.ruleID == "LAYER_TOO_CROWDED")
        #expect(finding.severity == .error)
        #expect(finding.file == "mini-F_Cu.gbr")
        #expect(finding.position == BoardPoint(x: 10, y: 10))
        #expect(
            finding.message
                == "more than 5 pad or hole centres lie within one 2.5 mm square near (10.0 mm, 10.0 mm) (limit maximumPadsPerCell); 7 centres past it were not used to register placements and holes"
        )
    }

    @Test("a drill file's hits stacked past the limit are named too")
    func stackedHoles() {
        let files = pack(flashes: 0, holes: 9).findings(LayerTooCrowded(), policy: policy(limit: 5)).map(\.file)
        #expect(files == ["mini-PTH.drl"])
    }

    @Test("the whole check rejects the pack (an error), and the limit raised for the run lets it be judged in full")
    func verdict() {
        #expect(pack(flashes: 12).report(policy: policy(limit: 5)).verdict == .fail)
        #expect(
            !pack(flashes: 12).report(policy: policy(limit: 50)).findings.contains { $0.ruleID == "LAYER_TOO_CROWDED" })
    }
}
