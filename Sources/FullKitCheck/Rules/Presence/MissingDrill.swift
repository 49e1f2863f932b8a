import FullKitArchive
import FullKitCore
import FullKitFormats

/// A board with holes has NC drill data.
struct MissingDrill: PackRule {
    let rule = Rule(
        id: "MISSING_DRILL", severity: .error, summary: "A board with holes or vias has NC drill data.",
        rationale: "Vias and through-hole pads cannot be drilled from a drawing; the board would be scrap.",
        fix: "Add the Excellon drill file(s) (PTH and NPTH), not a drill map or drawing.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard !pack.entries(.copper).isEmpty, pack.entries(.drill).isEmpty, boardMayHaveHoles(pack) else { return [] }
        let maps = pack.entries(.drillMap).map(\.path)
        let extra = maps.isEmpty ? "" : " (\(maps.joined(separator: ", ")) is a drill map, not drill data)"
        return [Finding(rule, "no NC drill file\(extra)")]
    }

    /// False only when X2 aperture functions prove the copper has neither via nor through-hole pads.
    private func boardMayHaveHoles(_ pack: AnalyzedPack) -> Bool {
        var knowsFunctions = false
        for entry in pack.entries(.copper) {
            guard let document = entry.gerber, !document.apertureFunctions.isEmpty else { return true }
            knowsFunctions = true
            if document.apertureFunctions.contains(where: { $0.hasPrefix("ViaPad") || $0.hasPrefix("ComponentPad") }) {
                return true
            }
        }
        return !knowsFunctions
    }
}
