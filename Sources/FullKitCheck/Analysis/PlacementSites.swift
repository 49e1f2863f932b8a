import FullKitCore

/// What the board has where a part is placed, per side: copper, mask and paste flashes of that side, and plated and
/// non-plated holes. A CAM engineer tells a pad with nothing to solder (a fiducial, a test pad: copper with a mask
/// opening, no paste, no hole) and a tooling or mounting hole (a non-plated hole with no copper) from a part by
/// looking there, whatever the designator. Paste at a placement does not make it a part: solder jumpers and some
/// libraries' fiducials have paste and no BOM line.
///
/// Gathered once per pack by the analyzer and read by the through-hole and not-a-part judgements.
struct PlacementSites: Sendable {
    /// What lies at one position.
    struct Site: Equatable {
        /// A copper flash of the placement's side lies there.
        var copper: Bool
        /// A fiducial lies there: a round copper flash of a fiducial's size in a mask opening at least
        /// `fiducialClearance` wider.
        var fiducial: Bool = false
        /// A solder-mask opening (flash) of that side lies there.
        var mask: Bool
        /// A paste flash of that side lies there.
        var paste: Bool
        /// A plated hole is drilled there.
        var platedHole: Bool
        /// A non-plated hole is drilled there.
        var nonPlatedHole: Bool
    }

    /// How near a feature's centre must be to the placement, in mm (a fiducial's or a hole's centre is the
    /// footprint's origin in every common library).
    static let reach = 0.25

    /// The sizes a fiducial's round copper pad has, in mm: 0.5 to 3 mm in the common libraries (IPC-7351 suggests
    /// 1 mm, with a mask opening twice that).
    static let fiducialDiameters = 0.4...3.2
    /// How much wider than its copper a fiducial's mask opening is, at least, in mm: a clear ring the machine's
    /// camera sees (KiCad's fiducials open 2 or 3 mm around 1 mm; a test pad opens its copper and a margin of
    /// hundredths).
    static let fiducialClearance = 0.5

    private var copper: [BoardSide: PointGrid] = [:]
    private var fiducials: [BoardSide: PointGrid] = [:]
    private var mask: [BoardSide: PointGrid] = [:]
    private var paste: [BoardSide: PointGrid] = [:]
    private var platedHoles: PointGrid
    private var nonPlatedHoles: PointGrid
    /// Whether the pack has what the judgement needs: copper flashes, and a paste and a mask layer for each side
    /// with copper flashes.
    private(set) var isComplete = false

    /// The sites of `entries`' outer copper flashes (`pads`, gridded once for the pack), mask and paste flashes and
    /// drill holes (at most `limits.maximumPadsPerCell` of a layer in a square of the grid).
    init(_ entries: [PackEntry], pads: PadIndex, limits: ReadLimits) {
        platedHoles = CrowdedLayer.grid(limits)
        nonPlatedHoles = CrowdedLayer.grid(limits)
        var copperPads: [BoardSide: [Pad]] = [:]
        var maskPads: [BoardSide: [Pad]] = [:]
        for entry in entries {
            guard let side = entry.identification.side, side == .top || side == .bottom else { continue }
            let role = entry.identification.role
            guard role == .copper || role == .soldermask || role == .paste, let pads = entry.gerber?.pads else {
                continue
            }
            if role == .copper {
                copperPads[side, default: []] += pads.filter { $0.isRound && Self.fiducialDiameters.contains($0.width) }
                continue
            }
            var grid = CrowdedLayer.grid(limits)
            for pad in pads { grid.insert((pad.x, pad.y)) }
            if role == .soldermask {
                mask[side] = grid
                maskPads[side, default: []] += pads
            } else {
                paste[side] = grid
            }
        }
        copper = [.top: pads.pads(.top), .bottom: pads.pads(.bottom)]
        for (side, round) in copperPads {
            fiducials[side] = Self.fiducials(round, openings: maskPads[side] ?? [], limits: limits)
        }
        for entry in entries where entry.identification.role == .drill {
            for hole in entry.excellon?.holes ?? [] {
                if entry.identification.plated == false {
                    nonPlatedHoles.insert((hole.x, hole.y))
                } else {
                    platedHoles.insert((hole.x, hole.y))
                }
            }
        }
        let sides = copper.filter { !$0.value.isEmpty }.keys
        isComplete = !sides.isEmpty && sides.allSatisfy { mask[$0] != nil && paste[$0] != nil }
    }

    /// The centres of the `round` copper pads that sit in a mask opening of `openings` (centred within 0.01 mm) at
    /// least `fiducialClearance` wider.
    private static func fiducials(_ round: [Pad], openings: [Pad], limits: ReadLimits) -> PointGrid {
        var widest: [Int64: Double] = [:]
        func key(_ x: Double, _ y: Double) -> Int64? {
            guard x.isFinite, y.isFinite, abs(x) < 1e6, abs(y) < 1e6 else { return nil }
            return Int64((x * 100).rounded()) << 32 | Int64(UInt32(truncatingIfNeeded: Int64((y * 100).rounded())))
        }
        for opening in openings {
            guard let key = key(opening.x, opening.y) else { continue }
            widest[key] = max(widest[key] ?? 0, min(opening.width, opening.height))
        }
        var grid = CrowdedLayer.grid(limits)
        for pad in round {
            let cleared = [-0.01, 0, 0.01].contains { dx in
                [-0.01, 0, 0.01].contains { dy in
                    key(pad.x + dx, pad.y + dy).flatMap { widest[$0] }.map { $0 >= pad.width + fiducialClearance }
                        ?? false
                }
            }
            if cleared { grid.insert((pad.x, pad.y)) }
        }
        return grid
    }

    /// Whether a plated (or unmarked) drill file has a hole within `radius` mm of (`x`, `y`).
    func hasPlatedHole(nearX x: Double, y: Double, within radius: Double) -> Bool {
        platedHoles.contains(nearX: x, y: y, within: radius)
    }

    /// Whether any drill file has a hole, plated or not, within `radius` mm of (`x`, `y`).
    func hasHole(nearX x: Double, y: Double, within radius: Double) -> Bool {
        platedHoles.contains(nearX: x, y: y, within: radius) || nonPlatedHoles.contains(nearX: x, y: y, within: radius)
    }

    /// Whether any drill file has a plated (or unmarked) hole.
    var hasPlatedHoles: Bool { !platedHoles.isEmpty }

    /// What lies at (`x`, `y`) mm on `side`.
    func site(x: Double, y: Double, side: BoardSide) -> Site {
        func near(_ grid: PointGrid?) -> Bool { grid?.contains(nearX: x, y: y, within: Self.reach) == true }
        return Site(
            copper: near(copper[side]), fiducial: near(fiducials[side]), mask: near(mask[side]),
            paste: near(paste[side]), platedHole: near(platedHoles), nonPlatedHole: near(nonPlatedHoles))
    }

    /// What the board says a placement at (`x`, `y`) on `side` is when it is no part, and the evidence, in words;
    /// nil when the site looks like neither a fiducial nor a tooling hole.
    func notAPart(x: Double, y: Double, side: BoardSide) -> (what: String, evidence: String)? {
        guard isComplete else { return nil }
        let site = site(x: x, y: y, side: side)
        if site.nonPlatedHole && !site.copper && !site.paste {
            return (
                "a tooling or mounting hole", "the board has a non-plated hole with no copper at its position"
            )
        }
        if site.copper && site.mask && !site.paste && !site.platedHole && !site.nonPlatedHole {
            // A fiducial is a round copper pad (0.5 to 3 mm) in a mask opening wider by a clear ring, which a
            // machine's camera finds; anything else with nothing to solder is a test pad or a contact.
            if site.fiducial {
                return (
                    "a fiducial",
                    "the board has a round copper pad in a wider mask opening (a fiducial's clear ring), no paste and no hole at its position"
                )
            }
            return (
                "a pad with nothing to solder (a test pad or a contact)",
                "the board has a copper pad with a mask opening, no paste and no hole at its position"
            )
        }
        return nil
    }
}
