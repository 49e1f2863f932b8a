import FullKitArchive

/// The `--output` path checked against the inputs: a report must never overwrite, or be written into, what is judged.
enum OutputPath {
    /// Why `output` may not be written for `inputs`, or nil when it may: it is an input, lies inside an input folder,
    /// or its folder does not exist.
    static func refusal(_ output: String, inputs: [String]) -> String? {
        guard !output.isEmpty, !output.hasSuffix("/") else { return "--output needs a file name" }
        guard let folder = DirectoryWalker.canonicalPath(folder(of: output)) else {
            return "--output \(output): its folder does not exist"
        }
        let target = DirectoryWalker.canonicalPath(output) ?? (folder == "/" ? "" : folder) + "/" + name(of: output)
        for input in inputs {
            guard let source = DirectoryWalker.canonicalPath(input) else { continue }
            if target == source {
                return "--output \(output) is an input of the check; FullKit never overwrites what it judges"
            }
            if target.hasPrefix(source == "/" ? "/" : source + "/") {
                return "--output \(output) lies inside the input \(input); write the report outside the pack"
            }
        }
        return nil
    }

    /// The folder part of `path` (`.` when there is none).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

}
