import FullKitArchive
import FullKitCore
import FullKitFormats

/// Where the copper names each part's pads (X2 `%TO.C`), every placement lies on them (see `PadRegistration`). The
/// board's geometry judges the XY file, not the other way round.
struct XYOffPads: CollectingPackRule {
    let rule = Rule(
        id: "XY_OFF_PADS", severity: .error,
        summary:
            "Where the copper names each part's pads (X2 %TO.C), an SMD placement lies at the centre of its pads on its side (within 0.5 mm or a quarter of the pads' span), a through-hole one within 5 mm of its pads (the policy's placementTolerances).",
        rationale:
            "The machine puts the part where the XY file says: off its pads it is soldered to nothing. A stale XY file or another origin shows here.",
        fix: "Export the XY file again from the same revision of the design as the Gerbers, with the same origin.")

    func collect(in pack: AnalyzedPack, policy: Policy, into collector: inout FindingCollector) {
        for registration in pack.padRegistrations {
            let convention = pack.xyConventions.first { $0.file == registration.file }?.convention
            for offset in registration.offsets {
                let box = offset.cluster.extent
                let (centreX, centreY) = ((box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2)
                collector.add(
                    Finding(
                        rule,
                        "\(offset.designator) at (\(LengthWords.millimetres(offset.x)), \(LengthWords.millimetres(offset.y))) is \(LengthWords.millimetres(offset.distance)) from \(offset.throughHole ? "its pads" : "the centre of its pads") (\(offset.cluster.pads) on the \(offset.side.rawValue) copper, centre (\(LengthWords.millimetres(centreX)), \(LengthWords.millimetres(centreY)))), more than \(LengthWords.millimetres(offset.allowed)), under \(convention?.summary ?? "the detected convention")",
                        file: registration.file, location: offset.location, designators: [offset.designator],
                        position: BoardPoint(x: offset.x, y: offset.y), distanceMillimeters: offset.distance))
            }
        }
    }
}
