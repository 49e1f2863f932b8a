import FullKitArchive
import FullKitCore
import FullKitFormats

/// The job file and each listed Gerber name the same layer.
struct JobFileFunctionMismatch: PackRule {
    let rule = Rule(
        id: "JOBFILE_FUNCTION_MISMATCH", severity: .error,
        summary:
            "The job file's FileFunction for each file names the same layer (role, side, copper number) as the file's own X2 .FileFunction.",
        rationale: "Two statements of which layer a file is: which one the fab follows is ambiguous.",
        fix: "Export the Gerbers and the job file together again; if it persists, report it to the CAD tool's vendor.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard let listing = JobFileListing(pack) else { return [] }
        return listing.matches.compactMap { listed, file in
            guard let file, let own = file.gerber?.attributes.fileFunction,
                FileFunction.claim(own) != FileFunction.claim(listed.fileFunction)
            else { return nil }
            return Finding(
                rule,
                "the job file lists \(listed.path) as \(listed.fileFunction.joined(separator: ",")); the file itself says \(own.joined(separator: ","))",
                file: file.path)
        }
    }
}
