import FullKitArchive
import FullKitCore
import FullKitReport

/// Seals a pack that passes (`fullkit seal`) and verifies a pack against its seal (`fullkit verify`).
public struct PackSealer: Sendable {
    /// The checker that judges the pack before it is sealed.
    public var checker: PackChecker

    /// A sealer that judges with `checker`.
    public init(checker: PackChecker = PackChecker()) {
        self.checker = checker
    }

    /// Why a pack was not sealed.
    public enum Refusal: Error, Sendable {
        /// An input cannot be read (exit 2).
        case unreadable(PackInputError)
        /// The pack fails: its report (a failing pack cannot be sealed).
        case failing(CheckReport)
    }

    /// The seal of the pack made of `inputs`, stamped `sealedAt`, and the report that accepted it.
    public func seal(_ inputs: [String], sealedAt: String) throws(Refusal) -> (PackSeal, CheckReport) {
        let loaded: LoadedPack
        let contents: PackSeal.Contents
        do throws(PackInputError) {
            loaded = try PackLoader(limits: checker.policy.limits).load(inputs)
            contents = try Self.contents(of: inputs, loaded: loaded)
        } catch {
            throw .unreadable(error)
        }
        let report = checker.check(loaded: loaded)
        guard report.verdict == .pass else { throw .failing(report) }
        return (PackSeal(report: report, contents: contents, sealedAt: sealedAt), report)
    }

    /// What the pack made of `inputs` holds now, read as the check reads it (within `limits`).
    public static func contents(of inputs: [String], limits: ReadLimits = ReadLimits()) throws(PackInputError)
        -> PackSeal.Contents
    {
        try contents(of: inputs, loaded: PackLoader(limits: limits).load(inputs))
    }

    /// The input files' digests (an input folder is fingerprinted through the pack's files) and the pack's files'.
    private static func contents(of inputs: [String], loaded: LoadedPack) throws(PackInputError) -> PackSeal.Contents {
        var digests: [PackSeal.Digest] = []
        var seen = Set<String>()
        for input in inputs where DirectoryWalker.kind(of: input, followingLinks: true) != .directory {
            // The same file given twice (`a.zip ./a.zip`) is one input, as the loader reads it once.
            guard seen.insert(DirectoryWalker.canonicalPath(input) ?? input).inserted else { continue }
            let name = input.split(separator: "/").last.map(String.init) ?? input
            do {
                digests.append(PackSeal.Digest(path: name, bytes: try SystemFile(path: input).readAll()))
            } catch {
                throw PackInputError(.unreadable, path: input, reason: error.message)
            }
        }
        // A member that could not be read is fingerprinted as what was read of it: nothing. It appears in the
        // problems, and a pack with such a problem fails, so it is never sealed.
        let files = loaded.files.map { PackSeal.Digest(path: $0.path, bytes: $0.bytes) }
        return PackSeal.Contents(inputs: digests, files: files)
    }

}
