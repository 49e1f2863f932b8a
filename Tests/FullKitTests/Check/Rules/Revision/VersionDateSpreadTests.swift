import FullKit
import Testing

@testable import FullKitCheck

/// VERSION_DATE_SPREAD: creation dates within the policy's window.
@Suite("VERSION_DATE_SPREAD")
struct VersionDateSpreadTests {
    private var staleSilkscreen: FixturePack {
        var pack = FixturePack()
        pack["mini-F_Silkscreen.gbr"] = MiniBoard.layer(
            "Legend,Top", MiniBoard.via, header: MiniBoard.header("Legend,Top", date: "2026-10-31T09:30:00+00:00"))
        return pack
    }

    @Test("a layer two days older than the rest, named as the oldest")
    func stale() {
        let findings = staleSilkscreen.findings(VersionDateSpread())
        #expect(
            findings.map(\.message) == [
                "creation dates span 48 hours: mini-F_Silkscreen.gbr is the oldest, mini-B_Cu.gbr the newest"
            ])
        #expect(findings.first?.related.first?.note == "oldest")
    }

    @Test("a policy window of 72 hours accepts it")
    func widerWindow() {
        var policy = Policy()
        policy.dateWindowHours = 72
        #expect(staleSilkscreen.findings(VersionDateSpread(), policy: policy).isEmpty)
    }
}
