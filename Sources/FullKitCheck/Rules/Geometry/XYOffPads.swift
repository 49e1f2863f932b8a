import FullKitArchive
import FullKitCore
import FullKitFormats

/// Where the copper names each part's pads (X2 `%TO.C`), every SMD placement lies at the centre of its pads on its
/// side, and every through-hole placement near its pads. The board's geometry judges the XY file, not the other way
/// round.
struct XYOffPads: CollectingPackRule {
    /// How far an SMD placement may lie from the centre of its pads: 0.5 mm, or a quarter of the pads' larger span,
    /// whichever is larger (a footprint's origin is its body centre; large parts round it more loosely).
    static func tolerance(for cluster: PadClusters.Cluster) -> Double {
        max(0.5, 0.25 * max(cluster.extent.width, cluster.extent.height))
    }

    /// How far a through-hole placement may lie from the box around its pads, in millimetres.
    static let throughHoleReach = 5.0

    let rule = Rule(
        id: "XY_OFF_PADS", severity: .error,
        summary:
            "Where the copper names each part's pads (X2 %TO.C), an SMD placement lies at the centre of its pads on its side (within 0.5 mm or a quarter of the pads' span), a through-hole one within 5 mm of its pads.",
        rationale:
            "The machine puts the part where the XY file says: off its pads it is soldered to nothing. A stale XY file or another origin shows here.",
        fix: "Export the XY file again from the same revision of the design as the Gerbers, with the same origin.")

    func collect(in pack: AnalyzedPack, policy: Policy, into collector: inout FindingCollector) {
        guard !pack.padClusters.isEmpty else { return }
        let notPlaced = pack.doNotPlaceDesignators
        for detected in pack.xyConventions {
            guard let list = pack.placementLists.first(where: { $0.entry.path == detected.file }) else { continue }
            for placement in list.content.placements where !notPlaced.contains(placement.designator) {
                guard let x = placement.x, let y = placement.y, let side = placement.side,
                    let clusters = pack.padClusters.clusters[placement.designator]
                else { continue }
                let point = detected.convention.position(x: x, y: y, side: side)
                let throughHole = pack.throughHoleParts[placement.designator] != nil
                // A part whose pads are all on the other side is not judged: a key switch lists the top side while
                // its hot-swap socket's pads are on the bottom copper (LibrePCB's Kailh Choc footprints do).
                guard let cluster = clusters[side] else { continue }
                let box = cluster.extent
                let (centreX, centreY) = ((box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2)
                let distance: Double
                let allowed: Double
                if throughHole {
                    // A through-hole footprint's origin is pin 1 in some libraries, the body centre in others (a
                    // horizontal connector's body lies beside its pins): near its pads' box will do.
                    distance = box.distance(toX: point.x, y: point.y)
                    allowed = Self.throughHoleReach
                } else {
                    distance = ((point.x - centreX) * (point.x - centreX) + (point.y - centreY) * (point.y - centreY))
                        .squareRoot()
                    allowed = Self.tolerance(for: cluster)
                }
                guard distance > allowed else { continue }
                collector.add(
                    Finding(
                        rule,
                        "\(placement.designator) at (\(LengthWords.millimetres(point.x)), \(LengthWords.millimetres(point.y))) is \(LengthWords.millimetres(distance)) from \(throughHole ? "its pads" : "the centre of its pads") (\(cluster.pads) on the \(side.rawValue) copper, centre (\(LengthWords.millimetres(centreX)), \(LengthWords.millimetres(centreY)))), more than \(LengthWords.millimetres(allowed)), under \(detected.convention.summary)",
                        file: detected.file, location: placement.location, designators: [placement.designator]))
            }
        }
    }
}
