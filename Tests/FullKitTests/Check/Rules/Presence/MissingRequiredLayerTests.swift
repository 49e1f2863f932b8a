import FullKit
import Testing

@testable import FullKitCheck

/// MISSING_REQUIRED_LAYER: the files a site's policy requires are there.
@Suite("MISSING_REQUIRED_LAYER")
struct MissingRequiredLayerTests {
    @Test("a policy requiring a top silkscreen and a job file names both when absent")
    func required() throws {
        var policy = Policy()
        policy.requiredLayers = [
            try #require(RequiredLayer("silkscreen:top")), try #require(RequiredLayer("job-file")),
        ]
        #expect(
            FixturePack().findings(MissingRequiredLayer(), policy: policy).map(\.message) == [
                "no top silkscreen file: the policy requires one (requiredLayers \"silkscreen:top\")",
                "no job file: the policy requires one (requiredLayers \"job-file\")",
            ])
    }

    @Test("a required layer that is there is not reported")
    func present() throws {
        var policy = Policy()
        policy.requiredLayers = [try #require(RequiredLayer("paste:top"))]
        #expect(FixturePack().findings(MissingRequiredLayer(), policy: policy).isEmpty)
    }
}
