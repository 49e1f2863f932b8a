import FullKitArchive
import FullKitCore
import FullKitFormats

/// Copper layer numbers run from L1 to the bottom layer without a gap (judged when every copper layer has a number).
struct LayerStackGap: PackRule {
    let rule = Rule(
        id: "LAYER_STACK_GAP", severity: .error,
        summary: "Copper layer numbers run from L1 to the bottom layer without a gap.",
        rationale: "A missing inner layer means a board that cannot be built as designed.",
        fix: "Add the missing copper layer(s), or export the stack again.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        let copper = pack.entries(.copper)
        let numbers = Set(copper.compactMap(\.identification.copperLayer))
        guard let bottom = numbers.max(), copper.contains(where: { $0.identification.side == .bottom }),
            copper.allSatisfy({ $0.identification.copperLayer != nil })
        else { return [] }
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
}
