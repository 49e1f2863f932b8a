import FullKit
import Testing

@testable import FullKitCheck

/// VERSION_PROJECT_MISMATCH: one X2 project and revision across the pack.
@Suite("VERSION_PROJECT_MISMATCH")
struct VersionProjectMismatchTests {
    @Test("a silkscreen of revision 2.0 among layers of revision 1.0")
    func twoRevisions() {
        var pack = FixturePack()
        pack["mini-F_Silkscreen.gbr"] = MiniBoard.layer(
            "Legend,Top", MiniBoard.via, header: MiniBoard.header("Legend,Top", revision: "2.0"))
        let message = pack.findings(VersionProjectMismatch()).first?.message ?? ""
        #expect(message.hasPrefix("the files name 2 projects: "))
        #expect(
            message.contains("'mini, 6d696e69-2e6b-6963-6164-5f7063620000, 2.0' (1 file, e.g. mini-F_Silkscreen.gbr)"))
    }

    @Test("one project")
    func oneProject() {
        #expect(FixturePack().findings(VersionProjectMismatch()).isEmpty)
    }
}
