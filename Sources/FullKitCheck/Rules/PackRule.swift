import FullKitCore

/// A rule judged over the analysed pack: its stable ID, severity and documentation (`rule`), and the findings it
/// makes. A rule reads the facts analysis decided; it never reads bytes. One rule per file, one ID per rule.
protocol PackRule: Sendable {
    /// The rule's stable ID, default severity and documentation.
    var rule: Rule { get }
    /// The findings for `pack`, judged under `policy` (before the policy re-grades any severity).
    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding]
    /// Adds the findings for `pack` to `collector`. A rule that can fire once per designator or placement
    /// implements this, so that its findings are folded as they are made rather than held all at once.
    func collect(in pack: AnalyzedPack, policy: Policy, into collector: inout FindingCollector)
}

/// A rule that can fire once per designator or placement: it makes its findings straight into a collector, and its
/// `findings(in:policy:)` is what the collector folds them into.
protocol CollectingPackRule: PackRule {}

extension CollectingPackRule {
    /// The findings `collect(in:policy:into:)` makes, folded.
    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        var collector = FindingCollector()
        collect(in: pack, policy: policy, into: &collector)
        return collector.collected()
    }
}

extension PackRule {
    /// Adds `findings(in:policy:)` to `collector`.
    func collect(in pack: AnalyzedPack, policy: Policy, into collector: inout FindingCollector) {
        collector.add(contentsOf: findings(in: pack, policy: policy))
    }
}
