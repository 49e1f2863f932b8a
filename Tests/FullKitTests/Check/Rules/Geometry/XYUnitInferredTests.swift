import FullKit
import Testing

@testable import FullKitCheck

/// XY_UNIT_INFERRED: an XY file states its unit.
@Suite("XY_UNIT_INFERRED")
struct XYUnitInferredTests {
    @Test("columns without a unit: inferred from the outline, and said so")
    func inferred() {
        var pack = FixturePack()
        pack["mini-positions.csv"] = MiniBoard.placements.replacing("(mm)", with: "")
        let findings = pack.findings(XYUnitInferred())
        #expect(
            findings.map(\.message) == [
                "mini-positions.csv does not state its unit; under mm (inferred from the board outline), 2 of 2 placements fit the board"
            ])
        #expect(findings.first?.severity == .warning)
    }

    @Test("a unit in the column header")
    func stated() {
        #expect(FixturePack().findings(XYUnitInferred()).isEmpty)
    }
}
