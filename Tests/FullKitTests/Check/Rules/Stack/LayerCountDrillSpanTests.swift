import FullKit
import Testing

@testable import FullKitCheck

/// LAYER_COUNT_DRILL_SPAN: a through drill file's layer span is the pack's copper count.
@Suite("LAYER_COUNT_DRILL_SPAN")
struct LayerCountDrillSpanTests {
    @Test("a plated drill through layers 1 to 4 beside 2 copper files: two layers are missing")
    func fourLayerDrill() {
        var pack = FixturePack()
        pack["mini-PTH.drl"] = pack["mini-PTH.drl"]?.replacing("Plated,1,2,PTH", with: "Plated,1,4,PTH")
        let findings = pack.findings(LayerCountDrillSpan())
        #expect(
            findings.map(\.message) == [
                "the drill file's .FileFunction Plated,1,4,PTH drills through layers 1 to 4; the pack has 2 copper layers"
            ])
        #expect(findings.first?.file == "mini-PTH.drl")
    }

    @Test("a span that matches, a blind span, and a drill file without X2 pass")
    func passing() {
        var pack = FixturePack()
        #expect(pack.findings(LayerCountDrillSpan()).isEmpty)
        pack["mini-PTH.drl"] = pack["mini-PTH.drl"]?.replacing("Plated,1,2,PTH", with: "Plated,1,4,Blind")
        #expect(pack.findings(LayerCountDrillSpan()).isEmpty)
        pack["mini-PTH.drl"] = pack["mini-PTH.drl"]?.replacing("; #@! TF.FileFunction,Plated,1,4,Blind\n", with: "")
        #expect(pack.findings(LayerCountDrillSpan()).isEmpty)
    }

    @Test(
        "through spans read from .FileFunction fields",
        arguments: [
            (["Plated", "1", "4", "PTH"], 4), (["NonPlated", "1", "2", "NPTH"], 2), (["MixedPlating", "1", "6"], 6),
            (["Plated", "1", "2", "Blind"], nil), (["Plated", "2", "3", "Buried"], nil),
            (["Copper", "L1", "Top"], nil),
        ] as [([String], Int?)])
    func spans(fields: [String], layers: Int?) {
        #expect(LayerCountDrillSpan.throughSpan(fields) == layers)
    }
}
