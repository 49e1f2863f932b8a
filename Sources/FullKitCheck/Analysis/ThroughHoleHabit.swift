import FullKitCore

/// The pack's habit for through-hole origins, learnt from the through-hole placements whose pads the copper names
/// (`%TO.C`), as a CAM engineer learns it by overlaying the files: how many lie on one of their pads, at their pads'
/// centre, or elsewhere. A CAD tool writes one habit for most parts (KiCad's libraries pin 1, LibrePCB's and many
/// others' the body's centre); a part that follows neither, where the habit holds, is worth a look, not a rejection:
/// a connector whose body reaches past its pins (a USB receptacle) has its origin off its pads in any library.
public struct ThroughHoleHabit: Sendable, Hashable {
    /// How many through-hole placements lie each way, over every XY file.
    public private(set) var counts: [ThroughHoleOrigin: Int] = [:]

    /// The fewest through-hole placements a habit is learnt from.
    public static let minimumParts = 5
    /// The share of them that must lie on a pad or at their pads' centre for the habit to hold.
    public static let minimumShare = 0.8

    /// How many placements were learnt from.
    public var parts: Int { counts.values.reduce(0, +) }

    /// Whether enough placements were learnt from and enough of them lie on a pad or at their pads' centre.
    public var holds: Bool {
        parts >= Self.minimumParts
            && Double(parts - (counts[.elsewhere] ?? 0)) >= Self.minimumShare * Double(parts)
    }

    /// The more common of on a pad and at the pads' centre.
    public var dominant: ThroughHoleOrigin {
        (counts[.onPad] ?? 0) >= (counts[.padsCentre] ?? 0) ? .onPad : .padsCentre
    }

    /// The habit of the through-hole placements among `registrations`' matches.
    static func learn(from registrations: [PadRegistration]) -> ThroughHoleHabit {
        var habit = ThroughHoleHabit()
        for registration in registrations {
            for match in registration.matches {
                guard let origin = match.throughHoleOrigin else { continue }
                habit.counts[origin, default: 0] += 1
            }
        }
        return habit
    }
}
