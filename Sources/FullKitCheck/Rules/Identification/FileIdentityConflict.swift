import FullKitArchive
import FullKitCore
import FullKitFormats

/// The evidence about each file agrees: its name, its header and the job file name one layer.
struct FileIdentityConflict: PackRule {
    let rule = Rule(
        id: "FILE_IDENTITY_CONFLICT", severity: .error,
        summary: "Two pieces of evidence about one file disagree (its name says one layer, its header another).",
        rationale:
            "If the name and the content disagree, the factory may image the layer on the wrong side or stack position.",
        fix: "Rename the file to match its content, or export the layer again: which one is right is ambiguous.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.entries.flatMap { entry in
            let id = entry.identification
            return id.conflicts.map { conflict in
                Finding(
                    rule, "\(entry.path): \(id.evidenceDetail) makes it \(describe(id)), but \(conflict)",
                    file: entry.path)
            }
        }
    }

    private func describe(_ id: Identification) -> String {
        let layer = id.copperLayer.map { " L\($0)" } ?? ""
        return [id.side?.rawValue, id.role.rawValue + layer].compactMap { $0 }.joined(separator: " ")
    }
}
