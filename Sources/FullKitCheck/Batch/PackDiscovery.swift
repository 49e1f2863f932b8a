import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// Finds the packs under a folder of archived jobs, for `fullkit batch`.
///
/// - An archive file is a pack of its own, unless loose data files lie beside it (then the folder is the pack).
/// - A folder that directly holds data files (Gerbers, drills, BOM, XY) is one pack, with all its sub-folders.
/// - A folder without data of its own whose sub-folders split one pack into fabrication data (Gerbers, drills,
///   archives) and assembly data (BOM, XY) is one pack; otherwise each sub-folder is searched on its own.
public enum PackDiscovery {
    /// What a search for packs found: the packs, and what it could not search or read (never silently left out).
    public struct Discovery: Sendable {
        /// The packs, as paths, sorted.
        public var packs: [String]
        /// Paths passed over, each with the reason: a folder that cannot be listed or lies too deep, an archive
        /// name that is not a regular file.
        public var skipped: [(path: String, reason: String)]
    }

    /// The deepest folder searched below the root: archived jobs sit a few levels down, never dozens.
    public static let maximumDepth = 64

    /// The packs under `root`, as paths, sorted.
    public static func packs(under root: String) throws(PackInputError) -> [String] {
        try discover(under: root).packs
    }

    /// The packs under `root`, and what could not be searched.
    public static func discover(under root: String) throws(PackInputError) -> Discovery {
        guard DirectoryWalker.kind(of: root, followingLinks: true) == .directory else {
            throw PackInputError(.notAFolder, path: root, reason: "is not a folder")
        }
        var skipped: [(path: String, reason: String)] = []
        let packs = discover(root, depth: 0, skipped: &skipped).map(\.path).sorted()
        return Discovery(packs: packs, skipped: skipped.sorted { $0.path < $1.path })
    }

    private struct Found {
        var path: String
        var hasFabrication: Bool
        var hasAssembly: Bool
    }

    private static func discover(_ folder: String, depth: Int, skipped: inout [(path: String, reason: String)])
        -> [Found]
    {
        guard depth <= maximumDepth else {
            skipped.append(
                (folder, "lies more than \(CountedNoun.phrase(maximumDepth, "folder")) below the root; not searched"))
            return []
        }
        let names: [String]
        do {
            names = try DirectoryWalker.names(in: folder)
        } catch {
            skipped.append((folder, "cannot be listed: \(error.message)"))
            return []
        }
        var archives: [String] = []
        var subfolders: [String] = []
        var looseFabrication = false
        var looseAssembly = false
        for name in names where !name.hasPrefix(".") && name != "__MACOSX" {
            let path = folder + "/" + name
            switch DirectoryWalker.kind(of: path) {
            case .directory:
                subfolders.append(path)
            case .file:
                switch dataKind(name) {
                case .archive: archives.append(path)
                case .fabrication: looseFabrication = true
                case .assembly: looseAssembly = true
                case nil: break
                }
            case .symbolicLink, .other, nil:
                if dataKind(name) != nil {
                    skipped.append((path, "is not a regular file (a link, FIFO or device); FullKit reads only files"))
                }
            }
        }
        if looseFabrication || looseAssembly {
            return [
                Found(path: folder, hasFabrication: looseFabrication || !archives.isEmpty, hasAssembly: looseAssembly)
            ]
        }
        var found = archives.map { Found(path: $0, hasFabrication: true, hasAssembly: false) }
        let nested = subfolders.flatMap { discover($0, depth: depth + 1, skipped: &skipped) }
        let complementary =
            nested.count >= 2 && archives.isEmpty
            && nested.allSatisfy { $0.hasFabrication != $0.hasAssembly }
            && nested.contains(where: \.hasFabrication) && nested.contains(where: \.hasAssembly)
        if complementary {
            return [Found(path: folder, hasFabrication: true, hasAssembly: true)]
        }
        found += nested
        return found
    }

    private enum DataKind { case archive, fabrication, assembly }

    private static func dataKind(_ name: String) -> DataKind? {
        let (_, ext) = FileNameConventions.split(name.lowercased())
        if ["zip", "7z", "rar", "tgz", "tar", "gz"].contains(ext) { return .archive }
        if ["gbr", "ger", "pho", "art", "gdo", "gbrjob", "drl", "xln", "exc", "drd", "ncd", "cnc"].contains(ext) {
            return .fabrication
        }
        if ["csv", "tsv", "pos", "mnt", "mnb", "xlsx", "xls"].contains(ext) { return .assembly }
        if ext == "txt", FileNameConventions.tabularClaim(forName: name) != nil { return .assembly }
        // Layers named by their words only: a text file (a report, a partlist) is not a layer.
        if ext != "txt", let (claim, _) = FileNameConventions.claim(forName: name), claim.role.isManufacturingData {
            return .fabrication
        }
        return nil
    }
}
