/// Where a file of a pack lies on disk, for tools that link findings to files (SARIF, GitHub annotations): the input
/// path, or the file inside an input folder, and for an archive member the member's path inside that archive.
public struct ArtifactPath: Sendable, Hashable {
    /// A path on disk as the operator gave it: an input, or a file under an input folder.
    public var path: String
    /// The member's path inside the archive at `path` (nested archives included: `inner.zip/board.gbr`), if any.
    public var member: String?

    /// `path` on disk, and `member` inside it when `path` is an archive.
    public init(path: String, member: String? = nil) {
        self.path = path
        self.member = member
    }

    /// The extensions of the archives FullKit opens; the first such component of a display path is the file on disk.
    static let archiveExtensions: Set<String> = ["zip", "7z", "rar", "tar", "tgz", "gz", "xz", "bz2", "tbz2", "txz"]
}

extension CheckReport {
    /// Where the file shown as `displayPath` lies: a loose file or archive given as an input is shown by its name; a
    /// file in an input folder by its path under that folder; an archive member as `archive/member`. Nil `displayPath`
    /// (a finding about the pack as a whole) is the first input.
    public func artifact(for displayPath: String?) -> ArtifactPath {
        guard let displayPath else { return ArtifactPath(path: inputs.first ?? ".") }
        let named = inputs.filter { input in
            let name = Self.lastComponent(input)
            return files.contains { $0.path == name || $0.path.hasPrefix(name + "/") } || displayPath == name
                || displayPath.hasPrefix(name + "/")
        }
        for input in named {
            let name = Self.lastComponent(input)
            if displayPath == name { return ArtifactPath(path: input) }
            if displayPath.hasPrefix(name + "/") {
                return ArtifactPath(path: input, member: String(displayPath.dropFirst(name.count + 1)))
            }
        }
        let folder = inputs.first { !named.contains($0) } ?? ""
        let components = displayPath.split(separator: "/", omittingEmptySubsequences: false)
        let prefix = folder.isEmpty || folder.hasSuffix("/") ? folder : folder + "/"
        for (index, component) in components.enumerated().dropLast() {
            guard let dot = component.lastIndex(of: "."),
                ArtifactPath.archiveExtensions.contains(component[component.index(after: dot)...].lowercased())
            else { continue }
            return ArtifactPath(
                path: prefix + components[...index].joined(separator: "/"),
                member: components[(index + 1)...].joined(separator: "/"))
        }
        return ArtifactPath(path: prefix + displayPath)
    }

    private static func lastComponent(_ path: String) -> String {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return String(trimmed[trimmed.index(after: slash)...])
    }
}
