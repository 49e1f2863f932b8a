import FullKitCore

/// Gathers findings and keeps a report readable when one rule fires thousands of times on one file (a job file
/// listing 100 000 files, an XY file from another board): past `keep` findings of one rule in one file, the rest are
/// folded into one finding that says how many there were and names their designators.
///
/// Folding happens as findings arrive, so a rule that judges every designator of a hostile pack holds a bounded
/// number of findings, never one per designator.
struct FindingCollector {
    /// How many findings of one rule in one file are listed before the rest are folded.
    static let keep = 50
    /// The most designators one folded finding names; the message says when more were folded.
    static let maximumFoldedDesignators = 100_000

    private struct Group: Hashable {
        let ruleID: String
        let file: String?
    }

    private var findings: [Finding] = []
    private var seen: [Group: Int] = [:]
    /// Each folded group's summary: where it is in `findings`, and how many findings it stands for.
    private var folded: [Group: (index: Int, count: Int, designators: Int)] = [:]

    /// An empty collector.
    init() {}

    /// Adds one finding, folding it into its group's summary past the `keep`-th.
    mutating func add(_ finding: Finding) {
        let group = Group(ruleID: finding.ruleID, file: finding.file)
        let count = seen[group, default: 0] + 1
        seen[group] = count
        if count <= Self.keep {
            findings.append(finding)
        } else if let summary = folded[group] {
            let room = Self.maximumFoldedDesignators - findings[summary.index].designators.count
            findings[summary.index].designators += finding.designators.prefix(max(room, 0))
            folded[group] = (summary.index, summary.count + 1, summary.designators + finding.designators.count)
        } else {
            var summary = finding
            summary.location = nil
            summary.related = []
            summary.designators = Array(finding.designators.prefix(Self.maximumFoldedDesignators))
            folded[group] = (findings.count, 1, finding.designators.count)
            findings.append(summary)
        }
    }

    /// Adds each of `findings` in order.
    mutating func add(contentsOf findings: some Sequence<Finding>) {
        for finding in findings { add(finding) }
    }

    /// The findings in the order they came, each folded group's summary worded with its count.
    func collected() -> [Finding] {
        var result = findings
        for (_, summary) in folded {
            let designators = result[summary.index].designators
            let named =
                designators.isEmpty
                ? ""
                : ": " + designators.prefix(20).joined(separator: ", ") + (designators.count > 20 ? " …" : "")
            let cut =
                summary.designators > designators.count
                ? " (the first \(designators.count) of their \(summary.designators) designators are listed)" : ""
            result[summary.index].message =
                "and \(summary.count) more like the ones above, not listed one by one\(named)\(cut)"
        }
        return result
    }
}
