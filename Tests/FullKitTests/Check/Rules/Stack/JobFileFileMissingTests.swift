import FullKit
import Testing

@testable import FullKitCheck

/// JOBFILE_FILE_MISSING: every file the job file lists is in the pack.
@Suite("JOBFILE_FILE_MISSING")
struct JobFileFileMissingTests {
    @Test("a listed inner layer that is not in the pack")
    func missing() {
        var pack = FixturePack()
        pack["mini-job.gbrjob"] = MiniBoard.jobFile(files: MiniBoard.listing + [("mini-In1_Cu.gbr", "Copper,L2,Inr")])
        #expect(
            pack.findings(JobFileFileMissing()).map(\.message) == [
                "the job file lists mini-In1_Cu.gbr (Copper,L2,Inr), which is not in the pack"
            ])
    }

    @Test("every listed file present")
    func present() {
        var pack = FixturePack()
        pack["mini-job.gbrjob"] = MiniBoard.jobFile()
        #expect(pack.findings(JobFileFileMissing()).isEmpty)
    }
}
