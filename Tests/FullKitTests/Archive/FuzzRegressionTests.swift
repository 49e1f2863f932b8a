import FullKit
import Testing

/// Inputs the fuzzers found (TestData/regressions): each must now finish with a finding, not crash or hang.
@Suite("Fuzzer regressions")
struct FuzzRegressionTests {
    @Test("a DEFLATE stream that ends early is a truncated member, not an endless loop")
    func inflateWithoutProgress() throws {
        let bytes = try SystemFile(path: Paths.testData("regressions/fuzz-inflate-no-progress.zip")).readAll()
        let pack = PackLoader().load(archive: bytes, named: "upload.zip")
        #expect(pack.problems.contains { $0.error.kind == .truncated || $0.error.kind == .corrupt })
    }

    @Test("ZIP64 directory size and offset near 2^63 are an unreadable archive, not an arithmetic trap")
    func zip64DirectoryOverflow() throws {
        let bytes = try SystemFile(path: Paths.testData("regressions/fuzz-zip64-directory-overflow.zip")).readAll()
        let report = PackChecker().check(archive: bytes, named: "upload.zip")
        #expect(report.verdict == .fail)
        #expect(report.findings.contains { $0.ruleID.hasPrefix("ARCHIVE_") })
    }
}
