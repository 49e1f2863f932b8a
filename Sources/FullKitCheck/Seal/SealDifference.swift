/// One way a pack differs from its seal.
public struct SealDifference: Sendable, Hashable, CustomStringConvertible {
    /// How it differs.
    public enum Kind: String, Sendable, Hashable {
        /// The same path with other bytes.
        case changed
        /// In the pack now, not in the seal.
        case added
        /// In the seal, not in the pack now.
        case removed
    }

    /// Whether an input file or a file of the pack as read.
    public enum Scope: String, Sendable, Hashable {
        /// An archive or loose file given as input.
        case input
        /// A file of the pack (an archive member, or a file in an input folder).
        case file
    }

    /// How it differs.
    public var kind: Kind
    /// Which list it is in.
    public var scope: Scope
    /// The path (an input's name, or a file's display path).
    public var path: String

    /// "changed file job.zip/board-F_Cu.gbr".
    public var description: String { "\(kind.rawValue) \(scope.rawValue) \(path)" }

    /// The differences between `sealed` and `now`: per list, each path changed, added or removed.
    public static func between(sealed: PackSeal.Contents, now: PackSeal.Contents) -> [SealDifference] {
        compare(sealed.inputs, now.inputs, scope: .input) + compare(sealed.files, now.files, scope: .file)
    }

    private static func compare(_ sealed: [PackSeal.Digest], _ now: [PackSeal.Digest], scope: Scope)
        -> [SealDifference]
    {
        // Two files may share a path (two inputs named alike, in different folders): each path's digests are compared
        // as a whole, so neither copy can change unseen.
        let before = Dictionary(grouping: sealed, by: \.path).mapValues { $0.sorted { $0.sha256 < $1.sha256 } }
        let after = Dictionary(grouping: now, by: \.path).mapValues { $0.sorted { $0.sha256 < $1.sha256 } }
        var differences: [SealDifference] = []
        for path in Set(before.keys).union(after.keys).sorted() {
            switch (before[path], after[path]) {
            case (let old?, let new?) where old != new:
                differences.append(SealDifference(kind: .changed, scope: scope, path: path))
            case (nil, _?): differences.append(SealDifference(kind: .added, scope: scope, path: path))
            case (_?, nil): differences.append(SealDifference(kind: .removed, scope: scope, path: path))
            default: break
            }
        }
        return differences
    }
}
