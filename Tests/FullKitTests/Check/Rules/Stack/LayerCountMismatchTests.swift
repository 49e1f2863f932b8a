import FullKit
import Testing

@testable import FullKitCheck

/// LAYER_COUNT_MISMATCH: the job file's layer count is the pack's.
@Suite("LAYER_COUNT_MISMATCH")
struct LayerCountMismatchTests {
    @Test("a job file saying 4 layers beside 2 copper files")
    func mismatch() {
        var pack = FixturePack()
        pack["mini-job.gbrjob"] = MiniBoard.jobFile(layerNumber: 4)
        let findings = pack.findings(LayerCountMismatch())
        #expect(findings.map(\.message) == ["the job file says 4 layers; the pack has 2 copper layer files"])
        #expect(findings.first?.file == "mini-job.gbrjob")
    }

    @Test("a job file that agrees")
    func agrees() {
        var pack = FixturePack()
        pack["mini-job.gbrjob"] = MiniBoard.jobFile()
        #expect(pack.findings(LayerCountMismatch()).isEmpty)
    }
}
