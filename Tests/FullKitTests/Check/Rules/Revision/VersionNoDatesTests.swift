import FullKit
import Testing

@testable import FullKitCheck

/// VERSION_NO_DATES: the files carry creation dates.
@Suite("VERSION_NO_DATES")
struct VersionNoDatesTests {
    @Test("no file with a creation date is a warning")
    func undated() {
        var pack = FixturePack()
        for (name, function) in MiniBoard.listing {
            pack[name] = MiniBoard.layer(function, MiniBoard.via, header: MiniBoard.header(function, date: nil))
        }
        pack["mini-PTH.drl"] = MiniBoard.platedDrill.replacing(
            "; #@! TF.CreationDate,2026-11-02T09:30:00+00:00\n", with: "")
        #expect(pack.findings(VersionNoDates()).map(\.message) == ["no file carries a creation date"])
    }

    @Test("dated files")
    func dated() {
        #expect(FixturePack().findings(VersionNoDates()).isEmpty)
    }
}
