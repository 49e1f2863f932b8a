import FullKitCore

/// Completes the copper stack where files give a layer number but no side (Allegro's `art01`…`art10`, Altium's
/// `Layer_Physical_Order`): layer 1 is the top, the highest number the bottom (when no file says it is the bottom),
/// the rest inner layers. The identification's evidence says the side was inferred.
enum StackInference {
    /// `entries` with the side of each numbered copper layer that had none filled in.
    static func completed(_ entries: [PackEntry]) -> [PackEntry] {
        let copper = entries.filter { $0.identification.role == .copper }
        let numbers = copper.compactMap(\.identification.copperLayer)
        guard let highest = numbers.max(), copper.contains(where: { $0.identification.side == nil }) else {
            return entries
        }
        let bottomNamed = copper.contains { $0.identification.side == .bottom }
        return entries.map { entry in
            let id = entry.identification
            guard id.role == .copper, id.side == nil, let layer = id.copperLayer else { return entry }
            var completed = entry
            let side: BoardSide =
                layer == 1 ? .top : (layer == highest && highest > 1 && !bottomNamed ? .bottom : .inner)
            completed.identification.side = side
            completed.identification.evidenceDetail +=
                "; \(side.rawValue) as layer \(layer) of the \(highest) numbered copper layers"
            return completed
        }
    }
}
