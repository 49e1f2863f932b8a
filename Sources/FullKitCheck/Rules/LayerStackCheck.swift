import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// The copper stack is complete and agrees with itself: X2 layer numbers run from L1 to the bottom layer without a
/// gap, the job file's layer count matches, every file the job file lists is in the pack and is what the job file
/// says it is.
struct LayerStackCheck: PackCheck {
    static let gap = Rule(
        id: "LAYER_STACK_GAP", severity: .error,
        summary: "Copper layer numbers run from L1 to the bottom layer without a gap.",
        rationale: "A missing inner layer means a board that cannot be built as designed.",
        fix: "Add the missing copper layer(s), or export the stack again.")
    static let countMismatch = Rule(
        id: "LAYER_COUNT_MISMATCH", severity: .error,
        summary: "The job file's LayerNumber equals the number of copper layers in the pack.",
        rationale: "The job file says how many layers to build; a different number of copper files is contradictory.",
        fix: "Export the Gerbers and the job file together, from one stack-up.")
    static let jobFileMissing = Rule(
        id: "JOBFILE_FILE_MISSING", severity: .error,
        summary: "Every file the job file lists is in the pack.",
        rationale: "The job file is the export's manifest: a listed file that is absent is a missing layer.",
        fix: "Add the listed file, or export the pack again so that the job file and the files agree.")
    static let jobFileDisagrees = Rule(
        id: "JOBFILE_FUNCTION_MISMATCH", severity: .error,
        summary: "The job file's FileFunction for each file names the same layer (role, side, copper number) as the file's own X2 .FileFunction.",
        rationale: "Two statements of which layer a file is: which one the fab follows is ambiguous.",
        fix: "Export the Gerbers and the job file together again; if it persists, report it to the CAD tool's vendor.")
    static let notInJobFile = Rule(
        id: "JOBFILE_FILE_UNLISTED", severity: .warning,
        summary: "Every Gerber layer of the pack is listed in the job file.",
        rationale: "A layer the job file does not list may be a stale leftover from another export.",
        fix: "Remove the file if it does not belong, or export the pack again.")

    var rules: [Rule] { [Self.gap, Self.countMismatch, Self.jobFileMissing, Self.jobFileDisagrees, Self.notInJobFile] }

    func check(_ pack: AnalyzedPack, policy: Policy) -> [Finding] {
        var findings: [Finding] = []
        let copper = pack.entries(.copper)
        let numbers = Set(copper.compactMap(\.identification.copperLayer))
        if let bottom = numbers.max(), copper.contains(where: { $0.identification.side == .bottom }) {
            let missing = (1...bottom).filter { !numbers.contains($0) }
            if !missing.isEmpty, copper.allSatisfy({ $0.identification.copperLayer != nil }) {
                findings.append(Finding(
                    Self.gap, "copper layers \(numbers.sorted().map { "L\($0)" }.joined(separator: ", ")) are present; "
                        + "\(missing.map { "L\($0)" }.joined(separator: ", ")) \(missing.count == 1 ? "is" : "are") missing"))
            }
        }
        guard let jobEntry = pack.entries(.jobFile).first, case .jobFile(let job) = jobEntry.content else { return findings }
        if let layers = job.layerNumber, !copper.isEmpty, layers != copper.count {
            findings.append(Finding(
                Self.countMismatch, "the job file says \(layers) layers; the pack has \(copper.count) copper layer files",
                file: jobEntry.path))
        }
        let byName = Dictionary(pack.entries.map { ($0.path.split(separator: "/").last.map(String.init)?.lowercased() ?? $0.path, $0) },
                                uniquingKeysWith: { first, _ in first })
        var listed = Set<String>()
        for listedFile in job.files {
            let name = listedFile.path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init)?.lowercased() ?? ""
            listed.insert(name)
            guard let entry = byName[name] else {
                findings.append(Finding(
                    Self.jobFileMissing, "the job file lists \(listedFile.path) (\(listedFile.fileFunction.joined(separator: ","))), which is not in the pack",
                    file: jobEntry.path))
                continue
            }
            if case .gerber(let document) = entry.content, let own = document.attributes.fileFunction,
                FileFunction.claim(own) != FileFunction.claim(listedFile.fileFunction)
            {
                findings.append(Finding(
                    Self.jobFileDisagrees,
                    "the job file lists \(listedFile.path) as \(listedFile.fileFunction.joined(separator: ",")); the file itself says \(own.joined(separator: ","))",
                    file: entry.path))
            }
        }
        // Early Eagle 9 job files list no files at all: nothing to compare.
        guard !job.files.isEmpty else { return findings }
        for entry in pack.entries where entry.identification.format == .gerber && entry.identification.role.isManufacturingData {
            let name = entry.path.split(separator: "/").last.map(String.init)?.lowercased() ?? ""
            if !listed.contains(name), entry.container == jobEntry.container {
                findings.append(Finding(Self.notInJobFile, "\(entry.path) is not listed in the job file \(jobEntry.path)", file: entry.path))
            }
        }
        return findings
    }
}
