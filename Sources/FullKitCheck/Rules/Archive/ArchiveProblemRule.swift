import FullKitArchive
import FullKitCore
import FullKitFormats

/// Reports every file or archive member that could not be read (or was read with a warning), under the rule for
/// what went wrong. The rules differ only in the kind of problem they report, so they are one type, one per kind.
struct ArchiveProblemRule: PackRule {
    /// The kind of problem this rule reports.
    let kind: LoadError.Kind
    let rule: Rule

    /// One rule per kind of problem, in catalogue order.
    static let all: [ArchiveProblemRule] = [
        ArchiveProblemRule(
            kind: .unreadable,
            rule: Rule(
                id: "ARCHIVE_UNREADABLE", severity: .error, summary: "An archive or file of the pack cannot be opened.",
                rationale: "Nothing inside can be checked, so nothing can be accepted.",
                fix: "Send the pack again as a plain ZIP; check that the upload completed.")),
        ArchiveProblemRule(
            kind: .truncated,
            rule: Rule(
                id: "ARCHIVE_TRUNCATED", severity: .error, summary: "An archive ends before its data does.",
                rationale: "Files at the end of the archive are missing or cut short.",
                fix: "The upload or download was cut short: send the complete archive again.")),
        ArchiveProblemRule(
            kind: .corrupt,
            rule: Rule(
                id: "ARCHIVE_CORRUPT_MEMBER", severity: .error,
                summary: "A member's data fails its CRC-32, its declared size, or overlaps another member.",
                rationale:
                    "The file's bytes are not what the designer exported; the factory would build from damaged data.",
                fix: "The archive is damaged: create it again from the CAD output and send it again.")),
        ArchiveProblemRule(
            kind: .encrypted,
            rule: Rule(
                id: "ARCHIVE_ENCRYPTED_MEMBER", severity: .error, summary: "A member is password-protected.",
                rationale: "Neither FullKit nor the factory can read it.",
                fix: "Send the pack without a password; FullKit and the factory must read every file.")),
        ArchiveProblemRule(
            kind: .unsupportedMethod,
            rule: Rule(
                id: "ARCHIVE_UNSUPPORTED_METHOD", severity: .error,
                summary: "A member uses a compression method that cannot be decoded.",
                rationale: "The file cannot be decompressed here, and possibly not at the factory.",
                fix: "Create the ZIP with standard (deflate) compression.")),
        ArchiveProblemRule(
            kind: .limitExceeded,
            rule: Rule(
                id: "ARCHIVE_LIMIT_EXCEEDED", severity: .error,
                summary:
                    "A member or the pack exceeds a size, ratio, count or nesting limit (ZIP bombs, runaway archives).",
                rationale: "No honest data pack comes near these limits; reading on could exhaust memory or time.",
                fix: "Send only the manufacturing data, in one archive that is not nested more than one level.")),
        ArchiveProblemRule(
            kind: .unsafeName,
            rule: Rule(
                id: "ARCHIVE_UNSAFE_NAME", severity: .error,
                summary: "A member's name is absolute, has a drive letter, NUL byte, or climbs out with '..'.",
                rationale: "Extracting such a name writes outside the target folder on someone's machine.",
                fix: "Create the archive again with relative file names.")),
        ArchiveProblemRule(
            kind: .notARegularFile,
            rule: Rule(
                id: "ARCHIVE_NOT_A_FILE", severity: .error,
                summary: "A member or folder entry is a link or device, not a file.",
                rationale: "A link points at data outside the pack, which is not part of what Sales hands over.",
                fix: "Put the real files in the pack, not links to them.")),
        ArchiveProblemRule(
            kind: .duplicateName,
            rule: Rule(
                id: "ARCHIVE_DUPLICATE_NAME", severity: .error,
                summary: "Two members of one archive have the same name.",
                rationale: "Tools extract one copy or the other: which revision the factory uses is a coin toss.",
                fix: "Create the archive again so that each file appears once.")),
        ArchiveProblemRule(
            kind: .nameEncoding,
            rule: Rule(
                id: "ARCHIVE_NAME_ENCODING", severity: .warning,
                summary: "A member's name is not UTF-8 (read as CP437, or repaired).",
                rationale: "File names may show differently on other systems; layer names can become unrecognisable.",
                fix: "Create the archive with a tool that stores UTF-8 names, or use ASCII file names.")),
    ]

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.problems.filter { $0.error.kind == kind }.map { problem in
            let what = rule.severity == .error ? "cannot be read" : "is read, but"
            return Finding(rule, "\(problem.path) \(what): \(problem.error.detail)", file: problem.path)
        }
    }
}
