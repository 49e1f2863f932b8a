import FullKitArchive
import FullKitCore

/// Files that are identical copies of an earlier file of the pack: the same bytes once carriage returns are left out
/// (a ZIP made on Windows holds the loose files with CRLF), identified alike. Uploads often carry the loose Gerbers and
/// a ZIP of them, or a quote ZIP that repeats the pack: such copies are no ambiguity, and are counted once.
enum IdenticalCopies {
    /// For each file that copies an earlier one, the index of that earlier file (the first of its copies, in path
    /// order). `files` and `entries` are parallel.
    static func find(_ files: [PackFile], _ entries: [PackEntry]) -> [Int: Int] {
        let digests = Parallel.map(files) { digest($0.bytes) }
        var firstOfGroup: [Key: [Int]] = [:]
        var copies: [Int: Int] = [:]
        for index in files.indices where !files[index].bytes.isEmpty {
            let id = entries[index].identification
            let key = Key(
                digest: digests[index], role: id.role, side: id.side, copperLayer: id.copperLayer, plated: id.plated,
                format: id.format)
            let originals = firstOfGroup[key, default: []]
            if let original = originals.first(where: { sameText(files[$0].bytes, files[index].bytes) }) {
                copies[index] = original
            } else {
                firstOfGroup[key, default: []].append(index)
            }
        }
        return copies
    }

    private struct Key: Hashable {
        var digest: Int
        var role: FileRole
        var side: BoardSide?
        var copperLayer: Int?
        var plated: Bool?
        var format: FileFormat
    }

    /// A digest of `bytes` without their carriage returns (equal texts, equal digests, within one run).
    private static func digest(_ bytes: [UInt8]) -> Int {
        var hasher = Hasher()
        bytes.withUnsafeBytes { raw in
            var start = 0
            while start < raw.count {
                let end = raw.firstOffset(of: ASCII.carriageReturn, from: start, to: raw.count)
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[start..<end]))
                start = end + 1
            }
        }
        return hasher.finalize()
    }

    /// Whether `a` and `b` are the same bytes once their carriage returns are left out.
    private static func sameText(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var (i, j) = (0, 0)
        while true {
            while i < a.count, a[i] == ASCII.carriageReturn { i += 1 }
            while j < b.count, b[j] == ASCII.carriageReturn { j += 1 }
            guard i < a.count, j < b.count else { return i == a.count && j == b.count }
            guard a[i] == b[j] else { return false }
            i += 1
            j += 1
        }
    }
}
