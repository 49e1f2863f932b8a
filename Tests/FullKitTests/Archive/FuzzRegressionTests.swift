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
}
