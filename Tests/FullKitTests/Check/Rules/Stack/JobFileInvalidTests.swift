import FullKit
import Testing

@testable import FullKitCheck

/// JOBFILE_INVALID: a job file is valid JSON of the job-file shape.
@Suite("JOBFILE_INVALID")
struct JobFileInvalidTests {
    @Test("a job file cut short is named, with the line and column where it breaks")
    func broken() {
        var pack = FixturePack()
        pack["mini-job.gbrjob"] = "{\"Header\": {\n  \"GenerationSoftware\": {\"Vendor\": \"KiCad\""
        let findings = pack.findings(JobFileInvalid())
        #expect(findings.count == 1)
        #expect(findings.first?.file == "mini-job.gbrjob")
        #expect(
            findings.first?.message
                == "mini-job.gbrjob: it is not valid JSON: expected ',' or '}', found the end of the text")
        #expect(findings.first?.location == SourceLocation(line: 2, column: 43))
    }

    @Test("JSON of another shape names the key of the wrong type, without Swift's decoder text")
    func wrongShape() {
        var pack = FixturePack()
        pack["mini-job.gbrjob"] = "{\"GeneralSpecs\": {\"LayerNumber\": \"two\"}}"
        let message = pack.findings(JobFileInvalid()).first?.message ?? ""
        #expect(
            message
                == "mini-job.gbrjob: it is JSON, but not of the job-file shape: 'GeneralSpecs.LayerNumber' has the wrong type"
        )
        #expect(!message.contains("DecodingError"))
    }

    @Test("a valid job file")
    func valid() {
        var pack = FixturePack()
        pack["mini-job.gbrjob"] = MiniBoard.jobFile()
        #expect(pack.findings(JobFileInvalid()).isEmpty)
    }
}
