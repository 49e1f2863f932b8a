import Foundation
import FullKit
import Testing

/// `--format sarif`: a SARIF 2.1.0 log of the catalogue's rules, the artifacts (members nested in their archive) and a
/// result per finding. (The log is validated against the official schema by the end-to-end tests.)
@Suite("SARIF renderer")
struct SARIFReportRendererTests {
    private func log(_ results: [PackResult]) throws -> [String: Any] {
        let text = SARIFReportRenderer(rules: RuleCatalog.allRules).render(results)
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func run(_ log: [String: Any]) throws -> [String: Any] {
        try #require((log["runs"] as? [[String: Any]])?.first)
    }

    @Test("every rule of the catalogue, and each result points at its rule by ID and index")
    func rules() throws {
        let run = try run(log(HostileReport.results))
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == RuleCatalog.allRules.map(\.id))
        let help = try #require(rules.first?["help"] as? [String: Any])
        #expect((help["text"] as? String)?.contains("How to fix:") == true)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 3)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        #expect(results.map { $0["level"] as? String } == ["error", "warning", "note"])
    }

    @Test("an archive member is an artifact nested in its archive; the region has the finding's line and column")
    func nestedArtifact() throws {
        let run = try run(log(HostileReport.results))
        let artifacts = try #require(run["artifacts"] as? [[String: Any]])
        let uris = artifacts.map { ($0["location"] as? [String: Any])?["uri"] as? String }
        #expect(uris.first == "uploads/job%20%3C1%3E.zip")
        #expect(uris.contains("board%2Cx%3Ay%3Cscript%3E.gbr"))
        let member = try #require(artifacts.first { $0["parentIndex"] != nil })
        #expect(member["parentIndex"] as? Int == 0)
        let results = try #require(run["results"] as? [[String: Any]])
        let location = try #require((results[0]["locations"] as? [[String: Any]])?.first)
        let physical = try #require(location["physicalLocation"] as? [String: Any])
        let region = try #require(physical["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 3 && region["startColumn"] as? Int == 7)
        #expect((physical["artifactLocation"] as? [String: Any])?["index"] as? Int == 1)
        #expect((results[0]["message"] as? [String: Any])?["text"] as? String == HostileReport.text)
        #expect((results[0]["relatedLocations"] as? [[String: Any]])?.count == 1)
    }

    @Test("a pack that could not be checked is a tool notification and the run did not fully succeed")
    func unchecked() throws {
        let results = HostileReport.results + [PackResult(path: "bad.zip", outcome: .unchecked(reason: "crashed"))]
        let run = try run(log(results))
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notes = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect(notes.count == 1 && notes[0]["level"] as? String == "error")
        let packs = try #require((run["properties"] as? [String: Any])?["packs"] as? [[String: Any]])
        #expect(packs.map { $0["verdict"] as? String } == ["FAIL", "UNCHECKED"])
    }
}
