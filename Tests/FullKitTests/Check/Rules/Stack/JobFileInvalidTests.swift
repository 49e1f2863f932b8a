import FullKit
import Testing

@testable import FullKitCheck

/// JOBFILE_INVALID: a job file is valid JSON of the job-file shape.
@Suite("JOBFILE_INVALID")
struct JobFileInvalidTests {
    @Test("a job file cut short is named")
    func broken() {
        var pack = FixturePack()
        pack["mini-job.gbrjob"] = "{\"Header\": {"
        let findings = pack.findings(JobFileInvalid())
        #expect(findings.count == 1)
        #expect(findings.first?.file == "mini-job.gbrjob")
        #expect(findings.first?.message.hasPrefix("mini-job.gbrjob: it is not valid Gerber job file JSON") == true)
    }

    @Test("a valid job file")
    func valid() {
        var pack = FixturePack()
        pack["mini-job.gbrjob"] = MiniBoard.jobFile()
        #expect(pack.findings(JobFileInvalid()).isEmpty)
    }
}
