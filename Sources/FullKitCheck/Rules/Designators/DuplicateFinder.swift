import FullKitCore

/// Finds designators that occur twice in one file, for the BOM and XY duplicate rules: each repeat is a finding
/// that names the first occurrence.
enum DuplicateFinder {
    /// A finding of `rule` for every repeat among `occurrences` (designator and where, in file order) in `file`.
    static func duplicates(
        _ occurrences: [(String, SourceLocation)], rule: Rule, what: String, file: String
    ) -> [Finding] {
        var first: [String: SourceLocation] = [:]
        var findings: [Finding] = []
        for (designator, location) in occurrences {
            guard let earlier = first[designator] else {
                first[designator] = location
                continue
            }
            findings.append(
                Finding(
                    rule, "\(designator) is \(what): here and at \(file):\(earlier)", file: file, location: location,
                    designators: [designator],
                    related: [RelatedLocation(file: file, location: earlier, note: "first occurrence")]))
        }
        return findings
    }
}
