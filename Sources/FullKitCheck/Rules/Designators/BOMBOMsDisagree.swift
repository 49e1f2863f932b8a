import FullKitArchive
import FullKitCore
import FullKitFormats

/// Where two BOMs of one pack list the same designator, they name the same part: the same value (compared as numbers
/// with units), the same chip size in the footprint, and the same part number (letter case and spaces aside). Lines
/// either BOM marks do-not-place are not compared, nor cells one of them leaves empty.
struct BOMBOMsDisagree: PackRule {
    let rule = Rule(
        id: "BOM_BOMS_DISAGREE", severity: .error,
        summary: "Two BOMs of the pack name different parts for one designator (value, chip size or part number).",
        rationale: "One of the two BOMs is stale or wrong, and nothing says which one purchasing should follow.",
        fix: "Correct the wrong BOM, or keep only one BOM for the job.")

    /// A designator's line in one BOM.
    private struct Listing {
        let line: BillOfMaterials.Line
        let file: String
    }

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard pack.boms.count > 1 else { return [] }
        var first: [String: Listing] = [:]
        var findings: [Finding] = []
        for bom in pack.boms {
            var seenHere = Set<String>()
            for line in bom.content.lines where line.doNotPlace == nil {
                for designator in line.designators where seenHere.insert(designator).inserted {
                    guard let earlier = first[designator] else {
                        first[designator] = Listing(line: line, file: bom.entry.path)
                        continue
                    }
                    guard earlier.file != bom.entry.path else { continue }
                    let differences = Self.differences(earlier.line, line)
                    guard !differences.isEmpty else { continue }
                    findings.append(
                        Finding(
                            rule,
                            "\(designator) is \(differences.map { "\($0.what) '\($0.earlier)' in \(earlier.file)" }.joined(separator: ", ")) but \(differences.map { "'\($0.later)'" }.joined(separator: ", ")) in \(bom.entry.path)",
                            file: bom.entry.path, location: line.location, designators: [designator],
                            related: [
                                RelatedLocation(
                                    file: earlier.file, location: earlier.line.location, note: "its line there")
                            ]))
                }
            }
        }
        return findings
    }

    /// What the two lines give differently: value, chip size, part number.
    private static func differences(_ earlier: BillOfMaterials.Line, _ later: BillOfMaterials.Line) -> [(
        what: String, earlier: String, later: String
    )] {
        var differences: [(what: String, earlier: String, later: String)] = []
        if let a = ComponentValue(earlier.value), let b = ComponentValue(later.value), a.isComparable(with: b),
            !a.agrees(with: b)
        {
            differences.append(("value", earlier.value, later.value))
        }
        if let a = ChipSize(earlier.footprint), let b = ChipSize(later.footprint), !a.agrees(with: b) {
            differences.append(("footprint", earlier.footprint, later.footprint))
        }
        let (a, b) = (earlier.partNumber, later.partNumber)
        if !BOMNoPartNumbers.isPlaceholder(a), !BOMNoPartNumbers.isPlaceholder(b), normalised(a) != normalised(b) {
            differences.append(("part number", a, b))
        }
        return differences
    }

    /// A part number without letter case and spaces.
    private static func normalised(_ partNumber: String) -> String {
        partNumber.uppercased().filter { $0 != " " }
    }
}
