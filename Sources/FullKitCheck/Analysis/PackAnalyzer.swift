import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// Turns the files of a loaded pack into an `AnalyzedPack`: sniff each format, parse Gerber, Excellon and job files
/// on every core, identify each file, then parse the BOM and XY files.
public enum PackAnalyzer {
    /// Analyses `pack`, every reader held to `limits`.
    public static func analyze(_ pack: LoadedPack, limits: ReadLimits = ReadLimits()) -> AnalyzedPack {
        // Allegro's drill number format lives in nc_param.txt beside the drill files.
        var drillParameters: [String: DrillParameters] = [:]
        for file in pack.files where file.name.lowercased() == "nc_param.txt" {
            drillParameters[folder(of: file.path)] = DrillParameters.read(file.bytes)
        }
        let firstPass = Parallel.map(pack.files) { file -> (FileFormat, ParsedContent) in
            let format = ContentSniffer.format(of: file.bytes, lowercasedExtension: file.lowercasedExtension)
            switch format {
            case .gerber: return (format, .gerber(GerberReader.read(file.bytes, limits: limits)))
            case .excellon:
                return (format, .excellon(ExcellonReader.read(file.bytes, parameters: drillParameters[folder(of: file.path)], limits: limits)))
            case .json where file.lowercasedExtension == "gbrjob":
                do throws(GerberJobFileError) {
                    return (format, .jobFile(try GerberJobFile.read(file.bytes)))
                } catch {
                    return (format, .invalidJobFile(error.message))
                }
            default: return (format, .none)
            }
        }
        let job = firstPass.lazy.compactMap { result -> GerberJobFile? in
            if case .jobFile(let job) = result.1 { return job }
            return nil
        }.first
        let entries = Parallel.map(Array(zip(pack.files, firstPass))) { file, parsed -> PackEntry in
            let (format, content) = parsed
            let identification: Identification
            var finalContent = content
            switch content {
            case .gerber(let document):
                identification = FileIdentifier.identifyGerber(file, document, job: job)
                if identification.role == .outline {
                    // Read the outline again keeping its segments, to find its contours.
                    finalContent = .gerber(GerberReader.read(file.bytes, recordingSegments: true, limits: limits))
                }
            case .excellon(let document):
                identification = FileIdentifier.identifyDrill(file, document)
            case .jobFile, .invalidJobFile:
                identification = Identification(role: .jobFile, format: .json, evidence: .fileName,
                                                evidenceDetail: "extension .gbrjob")
            case .bom, .placement, .none:
                identification = FileIdentifier.identifySideFile(file, format: format)
                    ?? (format == .text
                        ? FileIdentifier.identifyText(file, format: format)
                        : FileIdentifier.identifyOther(file, format: format))
                if format == .text, identification.role == .bom {
                    finalContent = .bom(BOMReader.read(file.bytes, limits: limits))
                } else if identification.role == .bom, file.lowercasedExtension == "xlsx" || file.lowercasedExtension == "xlsm" {
                    finalContent = .bom(BOMReader.readWorkbook(file.bytes, limits: limits))
                } else if format == .text, identification.role == .placement {
                    finalContent = .placement(PlacementReader.read(file.bytes, fileName: file.name, limits: limits))
                }
            }
            return PackEntry(
                path: file.path, container: file.container, isNested: file.isNested, modified: file.modified,
                size: file.bytes.count, identification: identification, content: finalContent)
        }
        return AnalyzedPack(inputs: pack.inputs, entries: entries, problems: pack.problems)
    }

    /// The folder part of a display path ("" for a top-level file).
    private static func folder(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }
}
