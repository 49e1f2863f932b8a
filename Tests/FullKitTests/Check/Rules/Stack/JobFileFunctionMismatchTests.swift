import FullKit
import Testing

@testable import FullKitCheck

/// JOBFILE_FUNCTION_MISMATCH: the job file and the file's own X2 name one layer.
@Suite("JOBFILE_FUNCTION_MISMATCH")
struct JobFileFunctionMismatchTests {
    @Test("the job file calls the top copper bottom copper")
    func mismatch() {
        var pack = FixturePack()
        var listing = MiniBoard.listing
        listing[0] = ("mini-F_Cu.gbr", "Copper,L2,Bot")
        pack["mini-job.gbrjob"] = MiniBoard.jobFile(files: listing)
        let findings = pack.findings(JobFileFunctionMismatch())
        #expect(
            findings.map(\.message) == [
                "the job file lists mini-F_Cu.gbr as Copper,L2,Bot; the file itself says Copper,L1,Top"
            ])
        #expect(findings.first?.file == "mini-F_Cu.gbr")
    }

    @Test("KiCad's spellings SolderPaste and Profile agree with Paste and Profile,NP")
    func spellings() {
        var pack = FixturePack()
        var listing = MiniBoard.listing
        listing[4] = ("mini-F_Paste.gbr", "SolderPaste,Top")
        listing[5] = ("mini-Edge_Cuts.gbr", "Profile")
        pack["mini-job.gbrjob"] = MiniBoard.jobFile(files: listing)
        #expect(pack.findings(JobFileFunctionMismatch()).isEmpty)
    }
}
