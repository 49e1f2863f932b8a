import FullKitArchive
import FullKitCore
import FullKitFormats

/// A drill file that states no number format (no `FILE_FORMAT`, no `METRIC,000.000`, no `nc_param.txt`) and writes
/// its coordinates without a decimal point is read in the unit's customary format (2:4 inch, 3:3 mm); when its holes
/// miss the copper's pads so and a power of ten puts four in five of them on pads, the pads decide the format, the
/// holes are read so, and this warning says what was decided.
struct DrillFormatFromPads: PackRule {
    let rule = Rule(
        id: "DRILL_FORMAT_FROM_PADS", severity: .warning,
        summary:
            "A drill file that states no number format was read in the format under which its holes land on the pads.",
        rationale:
            "The file leaves its digits open; the copper's pads settle them, but the factory's CAM must read it the same way.",
        fix:
            "Export the drill file with its format stated (e.g. ;FILE_FORMAT=2:5, or METRIC,000.000), or send nc_param.txt."
    )

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.drillRegistrations.compactMap { registration in
            guard case .format(let scale) = registration.correction, let corrected = registration.onPadsCorrected
            else { return nil }
            return Finding(
                rule,
                "the drill file states no number format; read in the customary one, \(registration.onPads) of \(registration.sampled) holes land on a copper pad, scaled by \(DrillOffPads.words(scale)), \(corrected) do: it is read so",
                file: registration.file)
        }
    }
}
