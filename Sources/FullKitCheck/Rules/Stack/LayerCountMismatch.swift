import FullKitArchive
import FullKitCore
import FullKitFormats

/// The job file's layer count equals the number of copper layers in the pack.
struct LayerCountMismatch: PackRule {
    let rule = Rule(
        id: "LAYER_COUNT_MISMATCH", severity: .error,
        summary: "The job file's LayerNumber equals the number of copper layers in the pack.",
        rationale: "The job file says how many layers to build; a different number of copper files is contradictory.",
        fix: "Export the Gerbers and the job file together, from one stack-up.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        let copper = pack.entries(.copper)
        guard let entry = pack.jobFileEntry, let layers = entry.jobFile?.layerNumber, !copper.isEmpty,
            layers != copper.count
        else { return [] }
        return [
            Finding(
                rule, "the job file says \(layers) layers; the pack has \(copper.count) copper layer files",
                file: entry.path)
        ]
    }
}
