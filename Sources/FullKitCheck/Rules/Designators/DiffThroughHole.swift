import FullKitArchive
import FullKitCore
import FullKitFormats

/// A BOM part missing from the XY file that is through-hole: by its footprint name, its copper pads' X2 function
/// (`ComponentPad`), or copper pads without paste.
struct DiffThroughHole: PackRule {
    let rule = Rule(
        id: "DIFF_THROUGH_HOLE", severity: .warning,
        summary:
            "A BOM part missing from the XY file is through-hole: by its footprint name, its copper pads' X2 function (ComponentPad), or copper pads without paste.",
        rationale: "Through-hole parts are fitted by hand or wave and are often left out of pick-and-place files.",
        fix: "Nothing, if the part is fitted by hand; add it to the XY file if it is to be machine-placed.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.designatorDifferences.compactMap { difference in
            guard case .throughHole(let reason) = difference.explanation else { return nil }
            return Finding(
                rule,
                "\(difference.designator) is \(difference.description); it is through-hole: \(reason); such parts are fitted by hand or wave",
                file: difference.file, location: difference.location, designators: [difference.designator])
        }
    }
}
