import FullKit
import Testing

@testable import FullKitCheck

/// VERSION_NO_REVISION: the pack states its revision.
@Suite("VERSION_NO_REVISION")
struct VersionNoRevisionTests {
    @Test("KiCad's placeholder rev? in every file is a warning")
    func placeholder() {
        var pack = FixturePack()
        for (name, function) in MiniBoard.listing {
            let body = name.contains("Edge") ? MiniBoard.outline : MiniBoard.layer(function, MiniBoard.via)
            pack[name] = body.replacing(",1.0*%", with: ",rev?*%")
        }
        let findings = pack.findings(VersionNoRevision())
        #expect(findings.map(\.message) == ["the revision is KiCad's placeholder 'rev?'"])
        #expect(findings.first?.severity == .warning)
    }

    @Test("a stated revision")
    func stated() {
        #expect(FixturePack().findings(VersionNoRevision()).isEmpty)
    }
}
