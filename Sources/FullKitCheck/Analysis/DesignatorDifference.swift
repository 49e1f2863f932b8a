import FullKitCore
import FullKitFormats

/// A designator in only one of the BOM and the XY files, where, and what explains it (nil when nothing does).
public struct DesignatorDifference: Sendable, Hashable {
    /// Which file lists the designator.
    public enum Kind: Sendable, Hashable {
        /// In the BOM, with no placement in any XY file.
        case inBOMOnly
        /// Placed in an XY file, with no BOM line.
        case placedOnly
    }

    /// Why the difference is not a defect.
    public enum Explanation: Sendable, Hashable {
        /// The BOM marks the line do-not-place; the evidence in words.
        case doNotPlace(String)
        /// Not a part a machine places (fiducial, test point …); the reason names what it is and how that was seen.
        case notAPart(String)
        /// A through-hole part, fitted by hand or wave; the reason names the evidence.
        case throughHole(String)
    }

    /// The designator.
    public var designator: String
    /// Which file lists it.
    public var kind: Kind
    /// The BOM or XY file that lists it.
    public var file: String
    /// Where it is listed.
    public var location: SourceLocation
    /// What explains the difference; nil when nothing does (a defect).
    public var explanation: Explanation?

    /// The difference in words: "in the BOM but not in the XY file" or "placed in the XY file but has no BOM line".
    public var description: String {
        switch kind {
        case .inBOMOnly: "in the BOM but not in the XY file"
        case .placedOnly: "placed in the XY file but has no BOM line"
        }
    }
}

extension DesignatorDifference {
    /// Every designator in only one of `pack`'s BOM and XY files (none unless it has both), each classified: a DNP
    /// line; a part that is not placed by nature; a through-hole part (by footprint name, by copper pads that X2
    /// marks `ComponentPad`, or by copper pads without paste) when the XY file lists no through-hole part (an
    /// SMD-only export leaves them out; one that lists some has no reason to leave one out); or nothing.
    ///
    /// A placement with no BOM line is judged by the board too, where the pack allows (copper, mask and paste of
    /// its side, drill files: `sites`, and the XY file's convention in `conventions`): a site with nothing to solder (a
    /// fiducial's or a test pad's) or a tooling hole's confirms a designator's "not a part" or makes one of it.
    static func find(
        in entries: [PackEntry], classifier: DifferenceClassifier, throughHoleParts: [String: String],
        conventions: [XYConvention] = [], sites: PlacementSites? = nil
    ) -> [DesignatorDifference] {
        let boms = entries.compactMap { entry in entry.identification.role == .bom ? entry.bom.map { (entry, $0) } : nil
        }
        let lists = entries.compactMap { entry in
            entry.identification.role == .placement ? entry.placementList.map { (entry, $0) } : nil
        }
        guard !boms.isEmpty, !lists.isEmpty else { return [] }
        var placed = Set<String>()
        for (_, list) in lists { placed.formUnion(list.placements.map(\.designator)) }
        // A through-hole part is left out of an SMD-only export; an XY file that lists through-hole parts is not one,
        // so a through-hole part missing from it is missing.
        let xyListsThroughHole = lists.contains { _, list in
            list.placements.contains { throughHoleParts[$0.designator] != nil }
        }
        var listed = Set<String>()
        var differences: [DesignatorDifference] = []
        for (entry, bom) in boms {
            for line in bom.lines {
                for designator in line.designators {
                    listed.insert(designator)
                    guard !placed.contains(designator) else { continue }
                    var explanation: Explanation?
                    if let reason = line.doNotPlace {
                        explanation = .doNotPlace(reason)
                    } else if let explained = classifier.explain(
                        designator: designator, footprint: line.footprint, device: line.device,
                        description: line.description, mayBeThroughHole: !xyListsThroughHole)
                    {
                        explanation = Explanation(explained)
                    } else if line.partNumber.isEmpty, line.description.isEmpty, Self.mostLinesHavePartNumbers(bom) {
                        explanation = .notAPart(
                            "nothing to buy: its BOM line gives no part number and no description, where the BOM's other lines do"
                        )
                    } else if !xyListsThroughHole, let reason = throughHoleParts[designator] {
                        explanation = .throughHole(reason)
                    }
                    differences.append(
                        DesignatorDifference(
                            designator: designator, kind: .inBOMOnly, file: entry.path, location: line.location,
                            explanation: explanation))
                }
            }
        }
        for (entry, list) in lists {
            let convention = conventions.first { $0.file == entry.path }?.convention
            for placement in list.placements where !listed.contains(placement.designator) {
                var explanation = classifier.explain(
                    designator: placement.designator, footprint: placement.footprint,
                    description: placement.description, mayBeThroughHole: false
                ).map(Explanation.init)
                if let sites, let convention, let x = placement.x, let y = placement.y {
                    let side = placement.side ?? .top
                    let point = convention.position(x: x, y: y, side: side)
                    explanation = Self.judgedByTheBoard(
                        explanation, sites: sites, x: point.x, y: point.y, side: side)
                }
                differences.append(
                    DesignatorDifference(
                        designator: placement.designator, kind: .placedOnly, file: entry.path,
                        location: placement.location, explanation: explanation))
            }
        }
        return differences
    }

    /// `explanation` of a placement with no BOM line, held against what the board has at (`x`, `y`) on `side`: the
    /// site of a pad with nothing to solder or of a tooling hole confirms a "not a part" (the evidence added) or
    /// stands for one.
    private static func judgedByTheBoard(
        _ explanation: Explanation?, sites: PlacementSites, x: Double, y: Double, side: BoardSide
    ) -> Explanation? {
        guard let seen = sites.notAPart(x: x, y: y, side: side) else { return explanation }
        switch explanation {
        case .notAPart(let reason): return .notAPart("\(reason), and \(seen.evidence)")
        case nil: return .notAPart("\(seen.what): \(seen.evidence)")
        default: return explanation
        }
    }

    /// Whether more than half of `bom`'s lines give a part number (so that a line without one stands out).
    private static func mostLinesHavePartNumbers(_ bom: BillOfMaterials) -> Bool {
        bom.lines.count { !$0.partNumber.isEmpty } * 2 > bom.lines.count
    }
}

extension DesignatorDifference.Explanation {
    /// The classifier's explanation as a difference's.
    init(_ explanation: DifferenceClassifier.Explanation) {
        switch explanation {
        case .notAPart(let reason): self = .notAPart(reason)
        case .throughHole(let reason): self = .throughHole(reason)
        }
    }
}
