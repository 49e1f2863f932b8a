import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// Keeps a report readable when one rule fires thousands of times on one file (a job file listing 100 000 files, an
/// XY file from another board): past `keep` findings of one rule in one file, the rest are folded into one finding
/// that says how many there were and carries all their designators, so nothing is lost from the JSON.
enum FindingFolding {
    /// How many findings of one rule in one file are listed before the rest are folded.
    static let keep = 50

    /// `findings` with every group of more than `keep` findings of one rule in one file folded after its `keep`-th.
    static func fold(_ findings: [Finding]) -> [Finding] {
        struct Group: Hashable {
            let ruleID: String
            let file: String?
        }
        var seen: [Group: Int] = [:]
        var folded: [Group: (index: Int, count: Int)] = [:]
        var result: [Finding] = []
        result.reserveCapacity(min(findings.count, 10_000))
        for finding in findings {
            let group = Group(ruleID: finding.ruleID, file: finding.file)
            let count = seen[group, default: 0] + 1
            seen[group] = count
            if count <= keep {
                result.append(finding)
            } else if let summary = folded[group] {
                result[summary.index].designators += finding.designators
                folded[group] = (summary.index, summary.count + 1)
            } else {
                var summary = finding
                summary.location = nil
                summary.related = []
                folded[group] = (result.count, 1)
                result.append(summary)
            }
        }
        for (_, summary) in folded {
            let designators = result[summary.index].designators
            let named =
                designators.isEmpty
                ? ""
                : ": " + designators.prefix(20).joined(separator: ", ")
                    + (designators.count > 20 ? " …" : "")
            result[summary.index].message =
                "and \(summary.count) more like the ones above, not listed one by one\(named)"
        }
        return result
    }
}
