import FullKitArchive
import FullKitCore
import FullKitFormats

/// Copper layer numbers run from L1 to the bottom layer without a gap: judged by the numbers when every copper layer
/// has one (X2, the job file, a tool's header), else by the inner layers' extensions, which each tool numbers one
/// after another (`.G1`, `.G4` without `.G2`, `.G3`: two layers missing).
struct LayerStackGap: PackRule {
    let rule = Rule(
        id: "LAYER_STACK_GAP", severity: .error,
        summary: "Copper layer numbers (or inner-layer extensions .G1, .G2 …) run without a gap.",
        rationale: "A missing inner layer means a board that cannot be built as designed.",
        fix: "Add the missing copper layer(s), or export the stack again.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        let copper = pack.entries(.copper)
        let numbers = Set(copper.compactMap(\.identification.copperLayer))
        if let bottom = numbers.max(), copper.contains(where: { $0.identification.side == .bottom }),
            copper.allSatisfy({ $0.identification.copperLayer != nil })
        {
            let missing = (1...bottom).filter { !numbers.contains($0) }
            guard !missing.isEmpty else { return [] }
            return [
                Finding(
                    rule,
                    "copper layers \(numbers.sorted().map { "L\($0)" }.joined(separator: ", ")) are present; "
                        + "\(missing.map { "L\($0)" }.joined(separator: ", ")) \(missing.count == 1 ? "is" : "are") missing"
                )
            ]
        }
        return extensionGaps(copper)
    }

    /// Gaps in the extensions of the inner layers that have no number.
    private func extensionGaps(_ copper: [PackEntry]) -> [Finding] {
        var series: [String: [Int: String]] = [:]
        for entry in copper where entry.identification.copperLayer == nil && entry.identification.side == .inner {
            let ext = FileNameConventions.split(entry.path.split(separator: "/").last.map { $0.lowercased() } ?? "").1
            guard let (prefix, number) = FileNameConventions.innerLayerSeries(extension: ext) else { continue }
            series[prefix, default: [:]][number] = entry.path
        }
        return series.keys.sorted().compactMap { name in
            guard let files = series[name], let low = files.keys.min(), let high = files.keys.max() else { return nil }
            let missing = (low...high).filter { files[$0] == nil }
            guard !missing.isEmpty else { return nil }
            let present = files.keys.sorted().map { ".\(name.uppercased())\($0)" }.joined(separator: ", ")
            let absent = missing.map { ".\(name.uppercased())\($0)" }.joined(separator: ", ")
            return Finding(
                rule,
                "inner copper layers \(present) are present; \(absent) \(missing.count == 1 ? "is" : "are") missing (a tool numbers one series of inner layers one after another)",
                file: files[low])
        }
    }
}
