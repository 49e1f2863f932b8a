import FullKit
import Testing

@testable import FullKitCheck

/// FILE_IDENTITY_CONFLICT: a file whose name names another layer than its X2 header.
@Suite("FILE_IDENTITY_CONFLICT")
struct FileIdentityConflictTests {
    @Test("top copper (X2) in a file named for bottom copper is a conflict that names both claims")
    func nameContradictsHeader() {
        var pack = FixturePack()
        pack["mini-B_Cu-copy.gbr"] = pack["mini-F_Cu.gbr"]
        pack["mini-F_Cu.gbr"] = nil
        #expect(
            pack.findings(FileIdentityConflict()).map(\.message) == [
                "mini-B_Cu-copy.gbr: %TF.FileFunction,Copper,L1,Top makes it top copper L1, but the file name (name contains 'bcu') says bottom copper"
            ])
    }

    @Test("names and headers of the mini board agree")
    func agree() {
        #expect(FixturePack().findings(FileIdentityConflict()).isEmpty)
    }
}
