import FullKit

@testable import FullKitCheck

/// A pack whose copper may name no parts: eight 0603 chips (pads 1.6 mm apart, along X or Y by their rotation) on the
/// mini board's 30 × 20 mm outline, a top copper layer with their pads, and an XY file that places each where the test
/// says. For the rules that judge placements by the pads alone.
enum EightChips {
    /// The chips: designator, centre (mm) and rotation (degrees).
    static let parts: [(designator: String, x: Double, y: Double, rotation: Double)] = [
        ("R1", 5, 5, 0), ("R2", 10, 5, 90), ("R3", 15, 5, 0), ("R4", 20, 5, 90),
        ("C1", 5, 14, 0), ("C2", 10, 14, 90), ("C3", 15, 14, 0), ("C4", 20, 14, 90),
    ]

    /// The pack: the chips' pads (named with `%TO.C` when `named`), and an XY file placing each chip at `place(chip)`
    /// (its pads' centre unless told), written with `decimals` digits.
    static func pack(
        named: Bool = false, decimals: Int = 3,
        place: ((designator: String, x: Double, y: Double, rotation: Double)) -> (x: Double, y: Double) = {
            ($0.x, $0.y)
        }
    ) -> FixturePack {
        var pack = FixturePack(miniBoard: false)
        pack["mini-Edge_Cuts.gbr"] = MiniBoard.outline
        var flashes = ["%ADD10R,0.900000X0.950000*%", "D10*"]
        for part in parts {
            let (ux, uy) = part.rotation == 0 ? (0.8, 0.0) : (0.0, 0.8)
            if named { flashes.append("%TO.C,\(part.designator)*%") }
            for sign in [-1.0, 1.0] { flashes.append(MiniBoard.flash(part.x + sign * ux, part.y + sign * uy)) }
            if named { flashes.append("%TD*%") }
        }
        pack["mini-F_Cu.gbr"] = MiniBoard.layer("Copper,L1,Top", flashes.joined(separator: "\n"))
        var rows = ["Designator,Val,Package,Mid X(mm),Mid Y(mm),Rotation,Layer"]
        for part in parts {
            let (x, y) = place(part)
            let (textX, textY) = (String(format: "%.\(decimals)f", x), String(format: "%.\(decimals)f", y))
            rows.append("\(part.designator),10k,R_0603_1608Metric,\(textX),\(textY),\(Int(part.rotation)),top")
        }
        pack["mini-positions.csv"] = rows.joined(separator: "\n") + "\n"
        return pack
    }
}
