import FullKit
import Testing

@testable import FullKitCheck

/// VERSION_NAME_REVISION_MISMATCH: one revision token in the data files' names.
@Suite("VERSION_NAME_REVISION_MISMATCH")
struct VersionNameRevisionMismatchTests {
    @Test("a BOM named rev B beside an XY file named rev A")
    func twoRevisions() {
        var pack = FixturePack()
        pack["mini-revB-bom.csv"] = pack["mini-bom.csv"]
        pack["mini-bom.csv"] = nil
        pack["mini-revA-positions.csv"] = pack["mini-positions.csv"]
        pack["mini-positions.csv"] = nil
        #expect(
            pack.findings(VersionNameRevisionMismatch()).map(\.message) == [
                "the file names carry 2 revisions: 'rev a' (1 file, e.g. mini-revA-positions.csv); 'rev b' (1 file, e.g. mini-revB-bom.csv)"
            ])
    }

    @Test("a board version (PCB_v5) and an assembly revision (BOM_RevE) are different schemes, not compared")
    func schemesApart() {
        var pack = FixturePack()
        pack["mini_v5-bom.csv"] = pack["mini-bom.csv"]
        pack["mini-bom.csv"] = nil
        pack["mini_RevE-positions.csv"] = pack["mini-positions.csv"]
        pack["mini-positions.csv"] = nil
        #expect(pack.findings(VersionNameRevisionMismatch()).isEmpty)
    }

    @Test("words that contain 'rev' are not revisions")
    func notAToken() {
        var pack = FixturePack()
        pack["mini-preview-bom.csv"] = pack["mini-bom.csv"]
        pack["mini-bom.csv"] = nil
        #expect(pack.findings(VersionNameRevisionMismatch()).isEmpty)
    }
}
