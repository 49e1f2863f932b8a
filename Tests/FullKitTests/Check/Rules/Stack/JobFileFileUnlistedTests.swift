import FullKit
import Testing

@testable import FullKitCheck

/// JOBFILE_FILE_UNLISTED: every Gerber layer beside the job file is listed in it.
@Suite("JOBFILE_FILE_UNLISTED")
struct JobFileFileUnlistedTests {
    @Test("a layer the job file does not list is worth a look")
    func unlisted() {
        var pack = FixturePack()
        pack["mini-job.gbrjob"] = MiniBoard.jobFile(files: Array(MiniBoard.listing.dropFirst()))
        let findings = pack.findings(JobFileFileUnlisted())
        #expect(findings.map(\.message) == ["mini-F_Cu.gbr is not listed in the job file mini-job.gbrjob"])
        #expect(findings.first?.severity == .warning)
    }

    @Test("a job file that lists no files at all (early Eagle 9) is not compared")
    func emptyListing() {
        var pack = FixturePack()
        pack["mini-job.gbrjob"] = MiniBoard.jobFile(files: [])
        #expect(pack.findings(JobFileFileUnlisted()).isEmpty)
    }
}
