import FullKitArchive
import FullKitCore
import FullKitFormats

/// Every file is identified.
struct FileUnidentified: PackRule {
    let rule = Rule(
        id: "FILE_UNIDENTIFIED", severity: .warning, summary: "A file's role could not be decided.",
        rationale: "A file nobody can identify may be a layer the factory needs, or a stale leftover.",
        fix: "Rename the file after its layer (e.g. board-F_Cu.gbr, board.GTL) or export Gerber X2 attributes.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.entries(.unknown).map { entry in
            Finding(rule, "\(entry.path): \(entry.identification.evidenceDetail)", file: entry.path)
        }
    }
}
