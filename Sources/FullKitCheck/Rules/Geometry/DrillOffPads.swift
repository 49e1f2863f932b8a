import FullKitArchive
import FullKitCore
import FullKitFormats

/// A plated drill file's holes land on the copper's pads: when fewer than half do as written, and one shift or one
/// scale puts four in five of them there, the drill file has another origin, unit or digit count than the copper,
/// and the message names the correction found. A drill file that no shift or scale registers is not judged here
/// (pads drawn as regions have no flash to land on).
struct DrillOffPads: PackRule {
    let rule = Rule(
        id: "DRILL_OFF_PADS", severity: .error,
        summary:
            "A plated drill file's holes land on the copper's pads; not only after a shift or a scale (another origin, unit or digit count).",
        rationale:
            "Drilled as written, every hole misses its pad: the board is scrap. The correction is a guess the factory must not make.",
        fix: "Export the drill files again with the Gerbers, with the same origin, unit and number format.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.drillRegistrations.compactMap { registration in
            guard let correction = registration.correction, let corrected = registration.onPadsCorrected else {
                return nil
            }
            let how: String
            switch correction {
            case .shift(let dx, let dy):
                how =
                    "shifted by (\(LengthWords.millimetres(dx)), \(LengthWords.millimetres(dy))): the drill file has another origin"
            case .scale(let factor):
                how =
                    "scaled by \(Self.words(factor)) about (0, 0): the drill file has another \(factor == 25.4 || factor == 1 / 25.4 ? "unit" : "number of integer digits")"
            case .format:
                return nil  // the file left its format open: DRILL_FORMAT_FROM_PADS reports how the pads decided it
            }
            return Finding(
                rule,
                "\(registration.onPads) of \(registration.sampled) holes land on a copper pad as written, \(corrected) when \(how)",
                file: registration.file)
        }
    }

    /// A scale factor in words.
    static func words(_ factor: Double) -> String {
        switch factor {
        case 25.4: "25.4"
        case 1 / 25.4: "1/25.4"
        case 10: "10"
        case 0.1: "0.1"
        case 100: "100"
        default: "0.01"
        }
    }
}
