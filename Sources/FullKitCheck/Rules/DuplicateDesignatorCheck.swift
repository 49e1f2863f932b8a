import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// No designator is listed twice in a BOM or placed twice in an XY file; each duplicate names both places.
/// Copies across two BOMs or two XY files for one side are `PACK_AMBIGUOUS_FILE`, not duplicates.
struct DuplicateDesignatorCheck: PackCheck {
    static let bomDuplicate = Rule(
        id: "BOM_DUPLICATE_DESIGNATOR", severity: .error, summary: "A designator appears on two BOM lines (or twice on one).",
        rationale: "A designator on two lines means two parts for one place.",
        fix: "Keep each designator on exactly one BOM line.")
    static let placementDuplicate = Rule(
        id: "XY_DUPLICATE_DESIGNATOR", severity: .error, summary: "A designator is placed twice in the XY data.",
        rationale: "Two positions for one part: one of them is wrong.",
        fix: "Keep exactly one XY row per designator.")

    var rules: [Rule] { [Self.bomDuplicate, Self.placementDuplicate] }

    func check(_ pack: AnalyzedPack, policy: Policy) -> [Finding] {
        var findings: [Finding] = []
        for entry in pack.entries(.bom) {
            guard case .bom(let bom) = entry.content else { continue }
            var bomSeen: [String: (String, SourceLocation)] = [:]
            for line in bom.lines {
                for designator in line.designators {
                    if let first = bomSeen[designator] {
                        findings.append(duplicate(Self.bomDuplicate, designator, "listed twice in the BOM", entry.path, line.location, first))
                    } else {
                        bomSeen[designator] = (entry.path, line.location)
                    }
                }
            }
        }
        for entry in pack.entries(.placement) {
            guard case .placement(let list) = entry.content else { continue }
            var placedSeen: [String: (String, SourceLocation)] = [:]
            for placement in list.placements {
                if let first = placedSeen[placement.designator] {
                    findings.append(duplicate(
                        Self.placementDuplicate, placement.designator, "placed twice", entry.path, placement.location, first))
                } else {
                    placedSeen[placement.designator] = (entry.path, placement.location)
                }
            }
        }
        return findings
    }

    private func duplicate(
        _ rule: Rule, _ designator: String, _ what: String, _ file: String, _ location: SourceLocation,
        _ first: (String, SourceLocation)
    ) -> Finding {
        Finding(rule, "\(designator) is \(what): here and at \(first.0):\(first.1)", file: file, location: location,
                designators: [designator], related: [RelatedLocation(file: first.0, location: first.1, note: "first occurrence")])
    }
}
