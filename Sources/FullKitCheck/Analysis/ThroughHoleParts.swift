import FullKitCore
import FullKitFormats

/// The parts known to be through-hole, each with its evidence: by the board's geometry first (every copper pad of
/// the part on a plated hole), then its copper's attributes (pads X2 flashes as `ComponentPad` and no SMD pad;
/// copper pads with no paste), then by what the XY file says (a mount-type column),
/// then by footprint name (XY or BOM). Through-hole parts are soldered by wave or hand: they need no stencil, and an
/// SMD-only XY export leaves them out.
enum ThroughHoleParts {
    /// The through-hole designators among `entries`, with how each was seen.
    static func find(
        in entries: [PackEntry], classifier: DifferenceClassifier, sites: PlacementSites
    ) -> [String: String] {
        var found: [String: String] = [:]
        for (designator, pads) in designatorsOnPlatedHoles(entries, sites: sites) {
            found[designator] = "its \(pads) copper pads (%TO.C) carry plated holes"
        }
        for (designator, pads) in designatorsWithOnlyThroughHolePads(entries) where found[designator] == nil {
            found[designator] =
                "X2 marks its \(pads) copper pads as through-hole (%TO.C pads with .AperFunction ComponentPad)"
        }
        // Pads without paste say through-hole only when both sides have paste to compare with: a side whose paste
        // layer is missing would make every part on it look through-hole (and excuse the missing paste).
        let pasteSides = Set(entries.filter { $0.identification.role == .paste }.compactMap(\.identification.side))
        if pasteSides.isSuperset(of: [.top, .bottom]) {
            for designator in designatorsWithPadsButNoPaste(entries) where found[designator] == nil {
                found[designator] = "its copper pads (%TO.C) have no paste, so it has no SMD pads"
            }
        }
        for entry in entries where entry.identification.role == .placement {
            for placement in entry.placementList?.placements ?? [] where found[placement.designator] == nil {
                if let mount = placement.mountType {
                    if mount == .throughHole || mount == .mixed {
                        found[placement.designator] = "the XY file's mount type says \(mount.rawValue)"
                    }
                } else if case .throughHole(let reason) = classifier.explain(
                    designator: placement.designator, footprint: placement.footprint,
                    description: placement.description, mayBeThroughHole: true)
                {
                    found[placement.designator] = reason
                }
            }
        }
        return found
    }

    /// How near a drill hit must be to a pad's centre to be its hole, in mm: CAD tools write both from one point.
    static let holeReach = 0.1

    /// Designators whose copper pads (`%TO.C`) all sit on a plated (or unmarked) drill file's holes, with the most
    /// pads one layer has: parts with through-hole pads and no SMD pad, by the board's geometry. A part with some
    /// pads drilled and some not (a connector with SMD pins and drilled pegs) is not one.
    private static func designatorsOnPlatedHoles(_ entries: [PackEntry], sites: PlacementSites) -> [String: Int] {
        guard sites.hasPlatedHoles else { return [:] }
        var drilled: [String: Int] = [:]
        var undrilled = Set<String>()
        for (_, _, pads) in entries.outerCopperPads() {
            var onLayer: [String: Int] = [:]
            for pad in pads {
                guard let designator = pad.designator else { continue }
                if sites.hasPlatedHole(nearX: pad.x, y: pad.y, within: holeReach) {
                    onLayer[designator, default: 0] += 1
                } else {
                    undrilled.insert(designator)
                }
            }
            drilled.merge(onLayer, uniquingKeysWith: max)
        }
        return drilled.filter { !undrilled.contains($0.key) }
    }

    /// Designators whose pads the copper names (`%TO.C`) but the paste layers, which name their own pads, do not:
    /// parts without SMD pads, i.e. through-hole. Empty when the paste layers carry no `%TO.C` at all.
    private static func designatorsWithPadsButNoPaste(_ entries: [PackEntry]) -> Set<String> {
        var copper = Set<String>()
        var paste = Set<String>()
        for entry in entries {
            guard let document = entry.gerber else { continue }
            if entry.identification.role == .copper { copper.formUnion(document.componentDesignators) }
            if entry.identification.role == .paste { paste.formUnion(document.componentDesignators) }
        }
        return paste.isEmpty ? [] : copper.subtracting(paste)
    }

    /// Designators whose copper pads (`%TO.C`) are all flashed with the X2 aperture function `ComponentPad`, with
    /// the most pads one layer has: parts with through-hole pads and no SMD pad.
    private static func designatorsWithOnlyThroughHolePads(_ entries: [PackEntry]) -> [String: Int] {
        var throughHole: [String: Int] = [:]
        var surfaceMount = Set<String>()
        for entry in entries where entry.identification.role == .copper {
            guard let document = entry.gerber else { continue }
            var onLayer: [String: Int] = [:]
            for pad in document.pads {
                guard let designator = pad.designator else { continue }
                if pad.isThroughHole { onLayer[designator, default: 0] += 1 } else { surfaceMount.insert(designator) }
            }
            throughHole.merge(onLayer, uniquingKeysWith: max)
        }
        return throughHole.filter { !surfaceMount.contains($0.key) }
    }
}
