import FullKitCore

/// A rule that names each designator in only one of the BOM and the XY files, of one `kind`, that nothing explains
/// (see `DesignatorDifference`): one finding per designator, at its row.
protocol UnexplainedDifferenceRule: CollectingPackRule {
    /// Which file lists the designators this rule names.
    var kind: DesignatorDifference.Kind { get }
}

extension UnexplainedDifferenceRule {
    /// One finding per unexplained difference of `kind`.
    func collect(in pack: AnalyzedPack, policy: Policy, into collector: inout FindingCollector) {
        for difference in pack.designatorDifferences where difference.kind == kind && difference.explanation == nil {
            collector.add(
                Finding(
                    rule, "\(difference.designator) is \(difference.description)", file: difference.file,
                    location: difference.location, designators: [difference.designator]))
        }
    }
}
