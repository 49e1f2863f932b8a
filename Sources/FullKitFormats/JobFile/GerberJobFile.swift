import FoundationEssentials
import FullKitCore

/// A Gerber job file (`.gbrjob`, JSON): the manifest of a Gerber export, as KiCad, Eagle and others write it.
public struct GerberJobFile: Sendable, Hashable {
    /// One entry of `FilesAttributes`.
    public struct FileEntry: Sendable, Hashable {
        /// The file's path as the job file writes it.
        public var path: String
        /// Its `.FileFunction` fields, e.g. `["Copper", "L1", "Top"]`.
        public var fileFunction: [String]
        /// Its `.FilePolarity` (`Positive`, `Negative`), when given.
        public var filePolarity: String?
    }

    /// `Header.GenerationSoftware`: vendor, application and version joined by spaces.
    public var generationSoftware: String?
    /// `Header.CreationDate` as written.
    public var creationDate: String?
    /// `GeneralSpecs.ProjectId` (or Eagle's `Overall.Name.ProjectId`).
    public var projectId: ProjectId?
    /// `GeneralSpecs.LayerNumber`: how many copper layers the board has.
    public var layerNumber: Int?
    /// `FilesAttributes`: the files of the export, each with its layer.
    public var files: [FileEntry] = []

    /// Reads the job file in `bytes`; throws a message when it is not valid job-file JSON.
    public static func read(_ bytes: [UInt8]) throws(GerberJobFileError) -> GerberJobFile {
        if let error = JSONSyntax.firstError(in: bytes) {
            throw GerberJobFileError(.invalidJSON, "it is not valid JSON: \(error.reason)", at: error.location)
        }
        let raw: RawJobFile
        do {
            raw = try JSONDecoder().decode(RawJobFile.self, from: Data(bytes))
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            throw GerberJobFileError(
                .invalidShape,
                "it is JSON, but not of the job-file shape: '\(path.drop { $0 == "." })' has the wrong type")
        } catch {
            throw GerberJobFileError(
                .invalidShape,
                "it is JSON, but not of the job-file shape (an object with Header, GeneralSpecs and FilesAttributes)")
        }
        var job = GerberJobFile()
        if let software = raw.header?.generationSoftware {
            job.generationSoftware = [software.vendor, software.application, software.version].compactMap { $0 }
                .joined(separator: " ")
        }
        job.creationDate = raw.header?.creationDate
        if let id = raw.generalSpecs?.projectId {
            job.projectId = ProjectId(name: id.name ?? "", guid: id.guid ?? "", revision: id.revision ?? "")
        }
        job.layerNumber = raw.generalSpecs?.layerNumber ?? raw.overall?.layerNumber
        if job.projectId == nil, let name = raw.overall?.name?.projectId {
            job.projectId = ProjectId(name: name, guid: "", revision: "")
        }
        job.files = (raw.filesAttributes ?? []).compactMap { entry in
            guard let path = entry.path, let function = entry.fileFunction else { return nil }
            return FileEntry(
                path: path,
                fileFunction: function.split(separator: ",", omittingEmptySubsequences: false).map(String.init),
                filePolarity: entry.filePolarity)
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

/// The JSON shape of a job file, every field optional: tools write different subsets. The specification's keys are
/// UpperCamelCase; the coding keys map them.
private struct RawJobFile: Decodable {
    struct Header: Decodable {
        struct Software: Decodable {
            var vendor: String?
            var application: String?
            var version: String?

            enum CodingKeys: String, CodingKey {
                case vendor = "Vendor"
                case application = "Application"
                case version = "Version"
            }
        }
        var generationSoftware: Software?
        var creationDate: String?

        enum CodingKeys: String, CodingKey {
            case generationSoftware = "GenerationSoftware"
            case creationDate = "CreationDate"
        }
    }
    struct GeneralSpecs: Decodable {
        struct Project: Decodable {
            var name: String?
            var guid: String?
            var revision: String?

            enum CodingKeys: String, CodingKey {
                case name = "Name"
                case guid = "GUID"
                case revision = "Revision"
            }
        }
        var projectId: Project?
        var layerNumber: Int?

        enum CodingKeys: String, CodingKey {
            case projectId = "ProjectId"
            case layerNumber = "LayerNumber"
        }
    }
    struct FileAttributes: Decodable {
        var path: String?
        var fileFunction: String?
        var filePolarity: String?

        enum CodingKeys: String, CodingKey {
            case path = "Path"
            case fileFunction = "FileFunction"
            case filePolarity = "FilePolarity"
        }
    }
    /// Eagle 9's early job files use `Overall` where the specification has `GeneralSpecs`.
    struct Overall: Decodable {
        struct Name: Decodable {
            var projectId: String?

            enum CodingKeys: String, CodingKey {
                case projectId = "ProjectId"
            }
        }
        var layerNumber: Int?
        var name: Name?

        enum CodingKeys: String, CodingKey {
            case layerNumber = "LayerNumber"
            case name = "Name"
        }
    }
    var header: Header?
    var generalSpecs: GeneralSpecs?
    var overall: Overall?
    var filesAttributes: [FileAttributes]?

    enum CodingKeys: String, CodingKey {
        case header = "Header"
        case generalSpecs = "GeneralSpecs"
        case overall = "Overall"
        case filesAttributes = "FilesAttributes"
    }
}
