import FullKitArchive
import FullKitCore

/// The packs a batch checks, in the order it reports them (sorted by path): found under a folder, or listed in a file
/// (`--files-from`), and optionally one shard of them (`--shard K/N`). A path that cannot be checked at all (a folder
/// that cannot be listed, a listed path that does not exist) is an entry with the reason, reported in its place.
public struct BatchPlan: Sendable, Equatable {
    /// One pack of the plan.
    public struct Entry: Sendable, Equatable {
        /// The pack's path.
        public var path: String
        /// Why it cannot be checked, decided before checking; nil for a pack to check.
        public var skipReason: String?

        /// A pack at `path`, to check unless `skipReason` says why not.
        public init(path: String, skipReason: String? = nil) {
            self.path = path
            self.skipReason = skipReason
        }
    }

    /// The packs, sorted by path.
    public var entries: [Entry]

    /// A plan of `entries`, sorted by path.
    public init(_ entries: [Entry]) {
        self.entries = entries.sorted { $0.path < $1.path }
    }

    /// Every pack under `root` (see `PackDiscovery`), with what could not be searched.
    public static func discover(under root: String) throws(PackInputError) -> BatchPlan {
        let discovery = try PackDiscovery.discover(under: root)
        return BatchPlan(
            discovery.packs.map { Entry(path: $0) }
                + discovery.skipped.map { Entry(path: $0.path, skipReason: $0.reason) })
    }

    /// The packs listed one per line in `text` (LF, CR LF or CR; blank lines ignored);
    /// a listed path that does not exist is an entry that cannot be checked. A path listed twice is one pack.
    public static func listed(_ text: String) -> BatchPlan {
        var seen = Set<String>()
        var entries: [Entry] = []
        // By `isNewline`: a CR LF pair is one `Character`, which a split at "\n" would not see.
        for line in text.split(whereSeparator: \.isNewline) {
            let path = String(line)
            guard seen.insert(path).inserted else { continue }
            let exists = DirectoryWalker.kind(of: path, followingLinks: true) != nil
            entries.append(Entry(path: path, skipReason: exists ? nil : "no such file or folder"))
        }
        return BatchPlan(entries)
    }

    /// Shard `index` (1-based) of `count`: every `count`-th pack of the sorted list, starting at the `index`-th. The
    /// split depends only on the list, so shards run anywhere over the same list cover every pack exactly once.
    public func shard(_ index: Int, of count: Int) -> BatchPlan {
        precondition(count > 0 && (1...count).contains(index), "shard \(index) of \(count)")
        return BatchPlan(entries.enumerated().filter { $0.offset % count == index - 1 }.map(\.element))
    }
}
