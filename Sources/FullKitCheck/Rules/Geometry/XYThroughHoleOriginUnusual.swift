import FullKitArchive
import FullKitCore
import FullKitFormats

/// Where the copper names each part's pads, a pack's through-hole placements follow one habit (on a pad, or at their
/// pads' centre: `ThroughHoleHabit`); one within reach of its pads that follows neither is worth a look. A warning,
/// not an error: a connector whose body reaches past its pins has its origin off its pads in any library. Beyond the
/// reach, `XY_OFF_PADS` rejects it.
struct XYThroughHoleOriginUnusual: PackRule {
    let rule = Rule(
        id: "XY_THROUGH_HOLE_ORIGIN_UNUSUAL", severity: .warning,
        summary:
            "Where at least four in five of at least 5 through-hole placements lie on one of their pads or at their pads' centre (the pack's habit), every other one does too.",
        rationale:
            "A CAD tool writes one origin habit for its through-hole footprints; a part that breaks it may be placed from a stale position or a hand edit. Some footprints (a USB receptacle) put their origin at a body that reaches past the pins: then the part is right.",
        fix:
            "Check the part's position against its pads in the layout; if its footprint's origin is its body's centre, nothing needs fixing."
    )

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        let habit = pack.throughHoleHabit
        guard habit.holds else { return [] }
        let following = habit.parts - (habit.counts[.elsewhere] ?? 0)
        let dominant = habit.dominant
        return pack.padRegistrations.flatMap { registration in
            registration.originsElsewhere.map { elsewhere in
                let match = elsewhere.match
                return Finding(
                    rule,
                    "\(match.designator) at (\(LengthWords.millimetres(match.x)), \(LengthWords.millimetres(match.y))) is neither on one of its \(match.pads) pads nor at their centre (\(LengthWords.millimetres(match.padsX)), \(LengthWords.millimetres(match.padsY))): \(LengthWords.millimetres(match.distance)) outside their box, where \(following) of the pack's \(habit.parts) through-hole placements are on a pad or at their pads' centre (most \(dominant.words))",
                    file: registration.file, location: elsewhere.location, designators: [match.designator],
                    position: BoardPoint(x: match.x, y: match.y), distanceMillimeters: match.distance)
            }
        }
    }
}
