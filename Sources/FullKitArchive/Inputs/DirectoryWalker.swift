import FullKitCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the regular files under a folder with `opendir(3)`/`readdir(3)` (much faster than `FileManager`), never
/// following symbolic links.
package enum DirectoryWalker {
    /// What a path is.
    package enum PathKind: Equatable { case file, directory, symbolicLink, other }

    /// An entry found while walking (folders are walked into, never listed).
    package struct Entry: Equatable {
        /// What the entry is.
        package enum Kind: Equatable { case file, symbolicLink, other }
        /// The path relative to the root, with `/` separators.
        package var relativePath: String
        package var kind: Kind
    }

    /// The canonical absolute path of `path` (`realpath(3)`: links, `.` and `..` resolved), or nil when it does not
    /// exist: how two spellings of one file are told to be one.
    package static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// What `lstat` (or `stat`, when `followingLinks`) says a path is; nil when it does not exist.
    package static func kind(of path: String, followingLinks: Bool = false) -> PathKind? {
        var status = stat()
        guard (followingLinks ? stat(path, &status) : lstat(path, &status)) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// Every entry below `root` except folders, depth first, sorted by name within each folder.
    package static func entries(under root: String) throws(SystemError) -> [Entry] {
        var result: [Entry] = []
        try walk(root: root, relative: "", into: &result)
        return result
    }

    /// The names in one folder, sorted, without `.` and `..`.
    package static func names(in path: String) throws(SystemError) -> [String] {
        guard let directory = opendir(path) else { throw SystemError("open folder \(path)") }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    private static func walk(root: String, relative: String, into result: inout [Entry]) throws(SystemError) {
        let folder = relative.isEmpty ? root : root + "/" + relative
        for name in try names(in: folder) {
            let path = relative.isEmpty ? name : relative + "/" + name
            switch kind(of: root + "/" + path) {
            case .directory:
                try walk(root: root, relative: path, into: &result)
            case .file:
                result.append(Entry(relativePath: path, kind: .file))
            case .symbolicLink:
                result.append(Entry(relativePath: path, kind: .symbolicLink))
            case .other, nil:
                result.append(Entry(relativePath: path, kind: .other))
            }
        }
    }
}
