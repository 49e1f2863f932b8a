import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// Every BOM designator is placed in the XY file, and every XY placement has a BOM line. Each difference is
/// classified: a BOM line marked DNP explains a missing placement (info); fiducials, test points, mounting holes and
/// the like, and through-hole parts missing from the XY file, are warnings that say why (`DifferenceClassifier`);
/// anything unexplained is an error naming the designator.
struct DesignatorCrossCheck: PackCheck {
    static let notPlaced = Rule(
        id: "BOM_DESIGNATOR_NOT_PLACED", severity: .error,
        summary: "A BOM designator has no row in the XY file.",
        rationale: "A part that is bought but never placed, or a placement file that is stale.",
        fix: "Add the part to the XY file, or mark the BOM line DNP if it is not to be fitted.")
    static let notInBOM = Rule(
        id: "XY_DESIGNATOR_NOT_IN_BOM", severity: .error,
        summary: "An XY placement has no BOM line.",
        rationale: "A part the machine will try to place that nobody buys, or a BOM that is stale.",
        fix: "Add the part to the BOM, or remove the placement if the part is not to be fitted.")
    static let doNotPlace = Rule(
        id: "BOM_DNP_NOT_PLACED", severity: .info,
        summary: "A BOM line marked do-not-place has no XY row, as expected.",
        rationale: "Recorded so that the explanation is visible.",
        fix: "Nothing to do: DNP parts need no placement.")

    static let notAPart = Rule(
        id: "DIFF_NOT_A_PART", severity: .warning,
        summary: "A designator in only one of BOM and XY is a fiducial, test point, mounting hole, logo, jumper or net tie.",
        rationale: "These are not parts a machine places; a tool often lists them in one file only. Worth a look, not a reason to reject.",
        fix: "Nothing, if the classification is right; otherwise add the part to the other file.")
    static let throughHole = Rule(
        id: "DIFF_THROUGH_HOLE", severity: .warning,
        summary: "A BOM part missing from the XY file is through-hole: by its footprint name, its copper pads' X2 function (ComponentPad), or copper pads without paste.",
        rationale: "Through-hole parts are fitted by hand or wave and are often left out of pick-and-place files.",
        fix: "Nothing, if the part is fitted by hand; add it to the XY file if it is to be machine-placed.")

    var rules: [Rule] { [Self.notPlaced, Self.notInBOM, Self.doNotPlace, Self.notAPart, Self.throughHole] }

    func check(_ pack: AnalyzedPack, policy: Policy) -> [Finding] {
        let boms = pack.entries(.bom).compactMap { entry -> (PackEntry, BillOfMaterials)? in
            if case .bom(let bom) = entry.content { return (entry, bom) }
            return nil
        }
        let lists = pack.entries(.placement).compactMap { entry -> (PackEntry, PlacementList)? in
            if case .placement(let list) = entry.content { return (entry, list) }
            return nil
        }
        guard !boms.isEmpty, !lists.isEmpty else { return [] }
        var placed = Set<String>()
        for (_, list) in lists { placed.formUnion(list.placements.map(\.designator)) }
        var listed = Set<String>()
        var findings: [Finding] = []
        let padsWithoutPaste = Self.designatorsWithPadsButNoPaste(pack)
        let throughHolePads = Self.designatorsWithOnlyThroughHolePads(pack)
        for (entry, bom) in boms {
            for line in bom.lines {
                for designator in line.designators {
                    listed.insert(designator)
                    guard !placed.contains(designator) else { continue }
                    if let reason = line.doNotPlace {
                        findings.append(Finding(
                            Self.doNotPlace, "\(designator) is not in the XY file; the BOM marks it do-not-place (\(reason))",
                            file: entry.path, location: line.location, designators: [designator]))
                    } else if let explanation = DifferenceClassifier.explain(
                        designator: designator, footprint: line.footprint, mayBeThroughHole: true, extraPrefixes: policy.notPlacedPrefixes)
                    {
                        findings.append(explained(explanation, designator, "in the BOM but not in the XY file", entry.path, line.location))
                    } else if let pads = throughHolePads[designator] {
                        findings.append(explained(
                            .throughHole("X2 marks its \(pads) copper pads as through-hole (%TO.C pads with .AperFunction ComponentPad)"),
                            designator, "in the BOM but not in the XY file", entry.path, line.location))
                    } else if padsWithoutPaste.contains(designator) {
                        findings.append(explained(
                            .throughHole("its copper pads (%TO.C) have no paste, so it has no SMD pads"), designator,
                            "in the BOM but not in the XY file", entry.path, line.location))
                    } else {
                        findings.append(Finding(
                            Self.notPlaced, "\(designator) is in the BOM but not in the XY file",
                            file: entry.path, location: line.location, designators: [designator]))
                    }
                }
            }
        }
        for (entry, list) in lists {
            for placement in list.placements where !listed.contains(placement.designator) {
                if let explanation = DifferenceClassifier.explain(
                    designator: placement.designator, footprint: placement.footprint, mayBeThroughHole: false, extraPrefixes: policy.notPlacedPrefixes)
                {
                    findings.append(explained(
                        explanation, placement.designator, "placed in the XY file but has no BOM line", entry.path, placement.location))
                    continue
                }
                findings.append(Finding(
                    Self.notInBOM, "\(placement.designator) is placed in the XY file but has no BOM line",
                    file: entry.path, location: placement.location, designators: [placement.designator]))
            }
        }
        return findings
    }

    /// Designators whose pads the copper names (`%TO.C`) but the paste layers, which name their own pads, do not:
    /// parts without SMD pads, i.e. through-hole. Empty when the paste layers carry no `%TO.C` at all.
    private static func designatorsWithPadsButNoPaste(_ pack: AnalyzedPack) -> Set<String> {
        var copper = Set<String>()
        var paste = Set<String>()
        for entry in pack.entries {
            guard case .gerber(let document) = entry.content else { continue }
            if entry.identification.role == .copper { copper.formUnion(document.componentDesignators) }
            if entry.identification.role == .paste { paste.formUnion(document.componentDesignators) }
        }
        return paste.isEmpty ? [] : copper.subtracting(paste)
    }

    /// Designators whose copper pads (`%TO.C`) are all flashed with the X2 aperture function `ComponentPad`, with
    /// the most pads one layer has: parts with through-hole pads and no SMD pad.
    private static func designatorsWithOnlyThroughHolePads(_ pack: AnalyzedPack) -> [String: Int] {
        var throughHole: [String: Int] = [:]
        var surfaceMount = Set<String>()
        for entry in pack.entries(.copper) {
            guard case .gerber(let document) = entry.content else { continue }
            var onLayer: [String: Int] = [:]
            for pad in document.pads {
                guard let designator = pad.designator else { continue }
                if pad.isThroughHole { onLayer[designator, default: 0] += 1 } else { surfaceMount.insert(designator) }
            }
            throughHole.merge(onLayer, uniquingKeysWith: max)
        }
        return throughHole.filter { !surfaceMount.contains($0.key) }
    }

    private func explained(
        _ explanation: DifferenceClassifier.Explanation, _ designator: String, _ what: String, _ file: String,
        _ location: SourceLocation
    ) -> Finding {
        switch explanation {
        case .notAPart(let reason):
            Finding(Self.notAPart, "\(designator) is \(what); it is \(reason), not a placed part", file: file,
                    location: location, designators: [designator])
        case .throughHole(let reason):
            Finding(Self.throughHole, "\(designator) is \(what); it is through-hole: \(reason); such parts are fitted by hand or wave", file: file,
                    location: location, designators: [designator])
        }
    }
}
