import FullKit
import Testing

@testable import FullKitCheck

/// The inline pack the rule tests start from must itself be a full kit, or every rule test proves nothing.
@Suite("The mini board fixture")
struct MiniBoardTests {
    @Test("passes with no error and no warning; each file is identified as KiCad names it")
    func passesClean() {
        let report = FixturePack().report()
        #expect(report.verdict == .pass)
        #expect(report.findings.filter { $0.severity != .info }.map { "\($0.ruleID): \($0.message)" } == [])
        #expect(report.files.count == 9)
        #expect(report.files.allSatisfy { $0.role != .unknown })
        #expect(report.xyConventions.first?.inside == 2)
    }
}
