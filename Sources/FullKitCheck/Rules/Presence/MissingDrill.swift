import FullKitArchive
import FullKitCore
import FullKitFormats

/// A board with holes has NC drill data; a board whose copper has plated features (vias, through-hole pads) has
/// plated drill data with holes in it.
struct MissingDrill: PackRule {
    let rule = Rule(
        id: "MISSING_DRILL", severity: .error,
        summary:
            "A board with holes or vias has NC drill data; when its copper has plated features (X2 ViaPad or ComponentPad flashes, or flashes at the same point on both outer layers), a drill file that may be plated and has hits.",
        rationale:
            "Vias and through-hole pads cannot be drilled from a drawing, nor plated from a non-plated file or one without holes; the board would be scrap.",
        fix: "Add the Excellon drill file(s) (PTH and NPTH), not a drill map or drawing.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard !pack.entries(.copper).isEmpty else { return [] }
        let drills = pack.entries(.drill)
        if drills.isEmpty {
            guard pack.platedFeatures != nil || boardMayHaveHoles(pack) else { return [] }
            let maps = pack.entries(.drillMap).map(\.path)
            let extra = maps.isEmpty ? "" : " (\(maps.joined(separator: ", ")) is a drill map, not drill data)"
            let seen = pack.platedFeatures.map { "; the copper has \($0.evidence)" } ?? ""
            return [Finding(rule, "no NC drill file\(extra)\(seen)")]
        }
        guard let plated = pack.platedFeatures else { return [] }
        // A file that may be plated (plated, or mixed/unknown) and drills something can make the plated features.
        let usable = drills.filter { entry in
            entry.identification.plated != false
                && (entry.excellon.map { $0.hitCount + $0.slotCount > 0 } ?? false)
        }
        guard usable.isEmpty else { return [] }
        let described = drills.map { entry in
            let holes = entry.excellon.map { $0.hitCount + $0.slotCount } ?? 0
            return
                "\(entry.path) (\(entry.identification.plated == false ? "non-plated" : "plated"), \(holes) hole\(holes == 1 ? "" : "s"))"
        }
        return [
            Finding(
                rule,
                "no plated drill data: the copper has \(plated.evidence), but the drill files are \(described.joined(separator: ", "))",
                fix:
                    "Add the plated (PTH) Excellon drill file; the non-plated (NPTH) file alone cannot make vias or through-hole pads.",
                file: drills[0].path)
        ]
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
