import FullKit
import Testing

@Suite("Policy files")
struct PolicyTests {
    private func read(_ json: String) throws(PolicyError) -> Policy { try Policy.read(Array(json.utf8)) }

    @Test("every key is read")
    func readsEveryKey() throws {
        let policy = try read(
            """
            {"profile": "fab", "severities": {"XY_UNIT_INFERRED": "info", "VERSION_NO_REVISION": "off"},
             "notPlacedPrefixes": {"bt": "a battery clip"}, "dateWindowHours": 48}
            """)
        #expect(policy.profile == .fab)
        #expect(policy.severities["XY_UNIT_INFERRED"] == .some(.info))
        #expect(policy.severities["VERSION_NO_REVISION"] == .some(nil))
        #expect(policy.notPlacedPrefixes == ["BT": "a battery clip"])
        #expect(policy.dateWindowHours == 48)
    }

    @Test("placement tolerances are read by name; the others keep their defaults")
    func placementTolerances() throws {
        let policy = try read(
            """
            {"placementTolerances": {"smdCentreMillimetres": 0.3, "smdCentreShare": 0.1,
             "throughHoleReachMillimetres": 2.5, "padReachMillimetres": 8, "outsideBoardMillimetres": 0}}
            """)
        let tolerances = policy.placementTolerances
        #expect(tolerances.smdCentreMillimetres == 0.3 && tolerances.smdCentreShare == 0.1)
        #expect(tolerances.throughHoleReachMillimetres == 2.5 && tolerances.padReachMillimetres == 8)
        #expect(tolerances.outsideBoardMillimetres == 0)
        let partial = try read("{\"placementTolerances\": {\"padReachMillimetres\": 3}}").placementTolerances
        #expect(partial.padReachMillimetres == 3 && partial.smdCentreMillimetres == 0.5)
        do throws(PolicyError) {
            _ = try read("{\"placementTolerances\": {\"smdCentreShare\": 2}}")
            Issue.record("accepted a share of 2")
        } catch {
            #expect(
                error.description == "key 'placementTolerances.smdCentreShare' must be a number from 0.0 to 1.0")
        }
    }

    @Test(
        "a bad policy is refused with the key's name",
        arguments: [
            ("{\"colour\": \"red\"}", "colour"),
            ("{\"severities\": {\"NOT_A_RULE\": \"off\"}}", "severities.NOT_A_RULE"),
            ("{\"severities\": {\"MISSING_BOM\": \"fatal\"}}", "severities.MISSING_BOM"),
            ("{\"profile\": \"panel\"}", "profile"),
            ("{\"dateWindowHours\": -1}", "dateWindowHours"),
            ("{\"dateWindowHours\": \"soon\"}", "dateWindowHours"),
            ("{\"notPlacedPrefixes\": {\"T1\": \"x\"}}", "notPlacedPrefixes.T1"),
            ("{\"limits\": {\"maximumFun\": 1}}", "limits.maximumFun"),
            ("{\"requiredLayers\": [\"silkscreen\", \"silk:top\"]}", "requiredLayers[1]"),
            ("{\"requiredLayers\": [\"paste:left\"]}", "requiredLayers[0]"),
            ("{\"requiredLayers\": [\"unknown\"]}", "requiredLayers[0]"),
            ("{\"requiredLayers\": \"job-file\"}", "requiredLayers"),
            ("{\"limits\": {\"maximumMemberSize\": -5}}", "limits.maximumMemberSize"),
            ("{\"placementTolerances\": {\"nearEnough\": 1}}", "placementTolerances.nearEnough"),
            ("{\"placementTolerances\": {\"smdCentreShare\": 1.5}}", "placementTolerances.smdCentreShare"),
            ("{\"placementTolerances\": {\"padReachMillimetres\": 0}}", "placementTolerances.padReachMillimetres"),
            (
                "{\"placementTolerances\": {\"outsideBoardMillimetres\": \"1\"}}",
                "placementTolerances.outsideBoardMillimetres"
            ),
            ("{\"placementTolerances\": 1}", "placementTolerances"),
            ("[\"profile\"]", nil),
            ("{\"profile\": \"fab\",}", nil),
        ])
    func refused(json: String, key: String?) {
        #expect(throws: PolicyError.self) { try read(json) }
        do throws(PolicyError) {
            _ = try read(json)
        } catch {
            #expect(error.key == key)
        }
    }
    @Test(
        "a broken policy says where it breaks, and a wrong type says which type the key takes",
        arguments: [
            (
                "{\n  \"profile\": \"fab\",\n  x}",
                "is not valid JSON: line 3, column 3: expected a key in double quotes, found 'x'"
            ),
            ("[1]", "must be a JSON object ({\"profile\": …}), not an array"),
            ("{\"profile\": 3}", "key 'profile' must be a string (\"assembly\" or \"fab\"), not a number"),
            (
                "{\"limits\": {\"maximumApertures\": \"5\"}}",
                "key 'limits.maximumApertures' must be a number, not a string"
            ),
            (
                "{\"severities\": []}",
                "key 'severities' must be an object of rule IDs to \"error\", \"warning\", \"info\" or \"off\", not an array"
            ),
        ])
    func explained(json: String, description: String) {
        do throws(PolicyError) {
            _ = try read(json)
            Issue.record("accepted \(json)")
        } catch {
            #expect(error.description == description)
        }
    }

    @Test("limits from a policy bound the reading: no nesting refuses the nested archive")
    func limits() throws {
        let policy = try read("{\"limits\": {\"maximumNestingDepth\": 0, \"maximumMemberSize\": 1048576}}")
        #expect(policy.limits.maximumNestingDepth == 0)
        #expect(policy.limits.maximumMemberSize == 1 << 20)
        let report = try PackChecker(policy: policy).check([Paths.testData("defects/nested-older-copy.zip")])
        #expect(
            report.findings.contains {
                $0.ruleID == "ARCHIVE_LIMIT_EXCEEDED" && $0.file == "nested-older-copy.zip/old-rev-A.zip"
            })
    }

    @Test("severities change the verdict: a stale layer accepted by a lenient site")
    func severitiesApply() throws {
        var policy = try read(
            "{\"severities\": {\"VERSION_DATE_SPREAD\": \"warning\", \"VERSION_SOFTWARE_MISMATCH\": \"off\"}}")
        let report = try PackChecker(policy: policy).check([Paths.testData("defects/stale-layer.zip")])
        #expect(report.verdict == .pass)
        #expect(report.findings.contains { $0.ruleID == "VERSION_DATE_SPREAD" && $0.severity == .warning })
        #expect(!report.findings.contains { $0.ruleID == "VERSION_SOFTWARE_MISMATCH" })
        policy.dateWindowHours = 300
        policy.severities = [:]
        let wide = try PackChecker(policy: policy).check([Paths.testData("defects/stale-layer.zip")])
        #expect(!wide.findings.contains { $0.ruleID == "VERSION_DATE_SPREAD" })
    }

    @Test("extra not-placed prefixes explain differences")
    func prefixes() throws {
        let policy = try read("{\"notPlacedPrefixes\": {\"R\": \"a resistor fitted by hand\"}}")
        let report = try PackChecker(policy: policy).check([Paths.testData("defects/bom-xy-mismatch.zip")])
        #expect(report.verdict == .pass)
        #expect(report.findings.contains { $0.ruleID == "DIFF_NOT_A_PART" && $0.designators == ["R9"] })
    }

    @Test("requiredLayers adds files to the profile's: a job file fails the sample, a top silkscreen it has passes")
    func requiredLayers() throws {
        let policy = try read("{\"requiredLayers\": [\"job-file\", \"silkscreen:top\"]}")
        #expect(policy.requiredLayers == [RequiredLayer(role: .jobFile), RequiredLayer(role: .silkscreen, side: .top)])
        let sample = try PackChecker(policy: policy).check([Paths.testData("sample/sample-pack.zip")])
        #expect(sample.verdict == .fail)
        #expect(
            sample.findings.filter { $0.severity == .error }.map(\.message)
                == ["no job file: the policy requires one (requiredLayers \"job-file\")"])
        let withJob = try PackChecker(policy: policy).check([Paths.testData("variants/with-job-file.zip")])
        #expect(withJob.verdict == .pass, "\(withJob.findings.filter { $0.severity == .error }.map(\.message))")
    }
}
