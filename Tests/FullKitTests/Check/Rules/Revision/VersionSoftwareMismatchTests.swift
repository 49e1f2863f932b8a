import FullKit
import Testing

@testable import FullKitCheck

/// VERSION_SOFTWARE_MISMATCH: one generation software and version (compared without case).
@Suite("VERSION_SOFTWARE_MISMATCH")
struct VersionSoftwareMismatchTests {
    @Test("a layer exported by KiCad 8.0.4 among 8.0.5 files")
    func twoVersions() {
        var pack = FixturePack()
        pack["mini-F_Silkscreen.gbr"] = MiniBoard.layer(
            "Legend,Top", MiniBoard.via, header: MiniBoard.header("Legend,Top", software: "8.0.4"))
        let findings = pack.findings(VersionSoftwareMismatch())
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("'KiCad Pcbnew 8.0.4' (1 file, e.g. mini-F_Silkscreen.gbr)") == true)
    }

    @Test("KiCad writes 'Kicad' in drill files and 'KiCad' in Gerbers: one program")
    func caseDiffers() {
        #expect(FixturePack().findings(VersionSoftwareMismatch()).isEmpty)
    }
}
