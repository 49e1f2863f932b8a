import FullKit
import Testing

@testable import FullKitCheck

/// The readers' findings: under their own rules, located, and demoted to warnings in drawings.
@Suite("Reader findings")
struct ReaderIssuesTests {
    private static let undefinedAperture = "D10*\n⟨use⟩D99*\nX1000000Y1000000D03*"

    @Test("an undefined aperture in the top copper is an error at its place")
    func inCopper() throws {
        var pack = FixturePack()
        let copper = MarkedText(MiniBoard.layer("Copper,L1,Top", MiniBoard.pads + "\n" + Self.undefinedAperture))
        pack.files["mini-F_Cu.gbr"] = copper.bytes
        let finding = try #require(ReaderIssues.findings(in: pack.analyzed()).first)
        #expect(finding.ruleID == "GERBER_UNDEFINED_APERTURE")
        #expect(finding.severity == .error)
        #expect(finding.location == copper.location("use"))
    }

    @Test("the same defect in an assembly drawing is only a warning: a broken drawing does not stop fabrication")
    func inDrawing() throws {
        var pack = FixturePack()
        pack["mini-F_Fab.gbr"] = MiniBoard.layer(
            "AssemblyDrawing,Top", MiniBoard.pads + "\n" + Self.undefinedAperture.replacing("⟨use⟩", with: ""))
        let finding = try #require(ReaderIssues.findings(in: pack.analyzed()).first)
        #expect(finding.ruleID == "GERBER_UNDEFINED_APERTURE")
        #expect(finding.severity == .warning)
    }
}
