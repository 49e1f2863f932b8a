import FoundationEssentials
import FullKitCore

/// A Gerber job file (`.gbrjob`, JSON): the manifest of a Gerber export, as KiCad, Eagle and others write it.
public struct GerberJobFile: Sendable, Hashable {
    /// One entry of `FilesAttributes`.
    public struct FileEntry: Sendable, Hashable {
        public var path: String
        public var fileFunction: [String]
        public var filePolarity: String?
    }

    public var generationSoftware: String?
    public var creationDate: String?
    public var projectId: ProjectId?
    public var layerNumber: Int?
    public var files: [FileEntry] = []

    /// Reads the job file in `bytes`; throws a message when it is not valid job-file JSON.
    public static func read(_ bytes: [UInt8]) throws(GerberJobFileError) -> GerberJobFile {
        let raw: RawJobFile
        do {
            raw = try JSONDecoder().decode(RawJobFile.self, from: Data(bytes))
        } catch {
            throw GerberJobFileError(.invalidJSON, "it is not valid Gerber job file JSON (\(error))")
        }
        var job = GerberJobFile()
        if let software = raw.Header?.GenerationSoftware {
            job.generationSoftware = [software.Vendor, software.Application, software.Version].compactMap { $0 }
                .joined(separator: " ")
        }
        job.creationDate = raw.Header?.CreationDate
        if let id = raw.GeneralSpecs?.ProjectId {
            job.projectId = ProjectId(name: id.Name ?? "", guid: id.GUID ?? "", revision: id.Revision ?? "")
        }
        job.layerNumber = raw.GeneralSpecs?.LayerNumber ?? raw.Overall?.LayerNumber
        if job.projectId == nil, let name = raw.Overall?.Name?.ProjectId {
            job.projectId = ProjectId(name: name, guid: "", revision: "")
        }
        job.files = (raw.FilesAttributes ?? []).compactMap { entry in
            guard let path = entry.Path, let function = entry.FileFunction else { return nil }
            return FileEntry(
                path: path,
                fileFunction: function.split(separator: ",", omittingEmptySubsequences: false).map(String.init),
                filePolarity: entry.FilePolarity)
        }
        return job
    }

    /// The `FilesAttributes` entry for the file named `name` (paths compared by their last component).
    public func entry(forFileNamed name: String) -> FileEntry? {
        files.first { entry in
            let last = entry.path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? entry.path
            return last.lowercased() == name.lowercased()
        }
    }
}

/// The JSON shape of a job file, every field optional: tools write different subsets.
private struct RawJobFile: Decodable {
    struct Header: Decodable {
        struct Software: Decodable {
            var Vendor: String?
            var Application: String?
            var Version: String?
        }
        var GenerationSoftware: Software?
        var CreationDate: String?
    }
    struct GeneralSpecs: Decodable {
        struct Project: Decodable {
            var Name: String?
            var GUID: String?
            var Revision: String?
        }
        var ProjectId: Project?
        var LayerNumber: Int?
    }
    struct FileAttributes: Decodable {
        var Path: String?
        var FileFunction: String?
        var FilePolarity: String?
    }
    /// Eagle 9's early job files use `Overall` where the specification has `GeneralSpecs`.
    struct Overall: Decodable {
        struct Name: Decodable {
            var ProjectId: String?
        }
        var LayerNumber: Int?
        var Name: Name?
    }
    var Header: Header?
    var GeneralSpecs: GeneralSpecs?
    var Overall: Overall?
    var FilesAttributes: [FileAttributes]?
}
