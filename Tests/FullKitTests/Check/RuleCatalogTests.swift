import FullKit
import Testing

@Suite("Rule catalogue")
struct RuleCatalogTests {
    @Test("RULES.md is exactly what `fullkit rules --format markdown` generates")
    func rulesFileIsGenerated() throws {
        let committed = String(decoding: try SystemFile(path: Paths.repository + "/RULES.md").readAll(), as: UTF8.self)
        #expect(committed == RuleCatalog.markdown(), "run `.build/debug/fullkit rules --format markdown > RULES.md`")
    }

    @Test("rule IDs are unique and every rule says what, why and how to fix")
    func rulesAreComplete() {
        let ids = RuleCatalog.allRules.map(\.id)
        #expect(Set(ids).count == ids.count)
        for rule in RuleCatalog.allRules {
            #expect(!rule.summary.isEmpty && !rule.rationale.isEmpty && !rule.fix.isEmpty, "\(rule.id) is incomplete")
        }
    }

    @Test(
        "every finding on every TestData pack comes from a catalogued rule",
        arguments: [
            "sample", "defects", "archives", "hostile", "formats", "split", "split-xlsx",
        ])
    func findingsAreCatalogued(folder: String) throws {
        let known = Set(RuleCatalog.allRules.map(\.id))
        for pack in try PackDiscovery.packs(under: Paths.testData(folder)) {
            let report = try PackChecker().check([pack])
            for finding in report.findings {
                #expect(known.contains(finding.ruleID), "\(pack): \(finding.ruleID) is not in the catalogue")
            }
        }
    }
}
