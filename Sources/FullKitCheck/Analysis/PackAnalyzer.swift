import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// Turns the files of a loaded pack into an `AnalyzedPack`. Each file is identified before it is read, so that it is
/// read once, as what it is: a Gerber from the X2 attributes of its header, the job file and its name; a text file
/// from its decoded text, whose header row the BOM or XY reader then starts from. Every file is read on every core.
public enum PackAnalyzer {
    /// Analyses `pack`, every reader held to `limits`.
    public static func analyze(_ pack: LoadedPack, limits: ReadLimits = ReadLimits()) -> AnalyzedPack {
        // Allegro's drill number format lives in nc_param.txt beside the drill files.
        var drillParameters: [String: DrillParameters] = [:]
        for file in pack.files where file.name.lowercased() == "nc_param.txt" {
            drillParameters[folder(of: file.path)] = DrillParameters.read(file.bytes)
        }
        let formats = Parallel.map(pack.files) { file in
            ContentSniffer.format(of: file.bytes, lowercasedExtension: file.lowercasedExtension)
        }
        // The job file names the layers of the Gerbers it lists: read it first.
        var job: GerberJobFile?
        for (file, format) in zip(pack.files, formats) where format == .json && file.lowercasedExtension == "gbrjob" {
            if let read = try? GerberJobFile.read(file.bytes) {
                job = read
                break
            }
        }
        let entries = Parallel.map(Array(zip(pack.files, formats))) { file, format -> PackEntry in
            let (identification, content) = read(file, format: format, job: job, drillParameters: drillParameters, limits: limits)
            return PackEntry(
                path: file.path, container: file.container, isNested: file.isNested, modified: file.modified,
                size: file.bytes.count, identification: identification, content: content)
        }
        return AnalyzedPack(inputs: pack.inputs, entries: entries, problems: pack.problems)
    }

    /// Identifies `file` (of `format`) and reads it as what it is.
    private static func read(
        _ file: PackFile, format: FileFormat, job: GerberJobFile?, drillParameters: [String: DrillParameters],
        limits: ReadLimits
    ) -> (Identification, ParsedContent) {
        switch format {
        case .gerber:
            let identification = FileIdentifier.identifyGerber(file, GerberReader.headerAttributes(file.bytes, limits: limits), job: job)
            // Only an outline's segments are kept: its contours are the board's shape.
            let document = GerberReader.read(file.bytes, recordingSegments: identification.role == .outline, limits: limits)
            return (identification, .gerber(document))
        case .excellon:
            let document = ExcellonReader.read(file.bytes, parameters: drillParameters[folder(of: file.path)], limits: limits)
            return (FileIdentifier.identifyDrill(file, document), .excellon(document))
        case .json where file.lowercasedExtension == "gbrjob":
            let identification = Identification(
                role: .jobFile, format: .json, evidence: .fileName, evidenceDetail: "extension .gbrjob")
            do throws(GerberJobFileError) {
                return (identification, .jobFile(try GerberJobFile.read(file.bytes)))
            } catch {
                return (identification, .invalidJobFile(error.message))
            }
        case .text:
            if let identification = FileIdentifier.identifySideFile(file, format: format) { return (identification, .none) }
            let decoded = DecodedText(file.bytes)
            let (identification, table) = FileIdentifier.identifyText(file, decoded, limits: limits)
            switch identification.role {
            case .bom:
                return (identification, .bom(BOMReader.read(table ?? BOMReader.table(decoded, limits: limits))))
            case .placement:
                let dialect = PlacementDialect.detect(decoded, fileName: file.name)
                return (identification, .placement(PlacementReader.read(decoded, dialect: dialect, table: table, limits: limits)))
            default:
                return (identification, .none)
            }
        case .json, .pdf, .binary:
            let identification = FileIdentifier.identifySideFile(file, format: format)
                ?? FileIdentifier.identifyOther(file, format: format)
            if identification.role == .bom, file.lowercasedExtension == "xlsx" || file.lowercasedExtension == "xlsm" {
                return (identification, .bom(BOMReader.readWorkbook(file.bytes, limits: limits)))
            }
            return (identification, .none)
        }
    }

    /// The folder part of a display path ("" for a top-level file).
    private static func folder(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }
}
