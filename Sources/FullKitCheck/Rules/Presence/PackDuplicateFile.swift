import FullKitArchive
import FullKitCore
import FullKitFormats

/// A file that repeats another byte for byte (line endings aside) is noted, and judged once: the loose Gerbers beside
/// a ZIP of them, a quote ZIP that repeats the pack. Only copies that differ are `PACK_AMBIGUOUS_FILE`.
struct PackDuplicateFile: PackRule {
    let rule = Rule(
        id: "PACK_DUPLICATE_FILE", severity: .info,
        summary: "A file is an identical copy of another file of the pack (line endings aside); it is judged once.",
        rationale:
            "Copies that do not differ leave nothing to choose between; they are listed so that nothing is hidden.",
        fix: "Nothing to do; leave the copy out of the next upload if it serves no purpose.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.copies.map { copy in
            Finding(
                rule,
                "\(copy.entry.path) is an identical copy of \(copy.original) (line endings aside): it is judged once",
                file: copy.entry.path,
                related: [RelatedLocation(file: copy.original, location: nil, note: "the file it copies")])
        }
    }
}
