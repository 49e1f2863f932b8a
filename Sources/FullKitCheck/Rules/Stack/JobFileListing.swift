import FullKitArchive
import FullKitCore
import FullKitFormats

/// How the job file's `FilesAttributes` match the pack's files, by file name (without case): shared by the job-file
/// rules so that each reads the same matching.
struct JobFileListing {
    /// The job file's entry and contents.
    let entry: PackEntry
    let job: GerberJobFile
    /// Each listed file with the pack's file of that name, if there is one.
    let matches: [(listed: GerberJobFile.FileEntry, file: PackEntry?)]
    /// The names (lower case) the job file lists.
    let listedNames: Set<String>

    /// The listing of `pack`'s first job file, when it was read.
    init?(_ pack: AnalyzedPack) {
        guard let entry = pack.jobFileEntry, let job = entry.jobFile else { return nil }
        self.entry = entry
        self.job = job
        let byName = Dictionary(
            pack.entries.map { (Self.name($0.path), $0) }, uniquingKeysWith: { first, _ in first })
        matches = job.files.map { ($0, byName[Self.name($0.path)]) }
        listedNames = Set(job.files.map { Self.name($0.path) })
    }

    /// The last component of a path (either separator), lower-cased.
    static func name(_ path: String) -> String {
        path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init)?.lowercased() ?? ""
    }
}
