import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// Turns the files of a loaded pack into an `AnalyzedPack`. Each file is identified before it is read, so that it is
/// read once, as what it is: a Gerber from the X2 attributes of its header, the job file and its name; a text file
/// from its decoded text, whose header row the BOM or XY reader then starts from. Every file is read on every core.
public enum PackAnalyzer {
    /// Analyses `pack`, every reader held to `limits`; `classifier` recognises the designators of things that are not
    /// placed parts (the site's policy may add prefixes). With `recordingImages`, every Gerber layer a picture of the
    /// board shows (`Identification.isDrawnOnTheBoard`) also keeps what it draws (`GerberDocument.image`), at most
    /// `limits.maximumDrawnObjects` objects over them all.
    public static func analyze(
        _ pack: LoadedPack, limits: ReadLimits = ReadLimits(),
        classifier: DifferenceClassifier = DifferenceClassifier(),
        placementTolerances: PlacementTolerances = PlacementTolerances(), recordingImages: Bool = false
    ) -> AnalyzedPack {
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
        // One budget of drawn objects for all the pack's layers, shared by the readers that run at once.
        let drawingBudget = recordingImages ? DrawingBudget(objects: limits.maximumDrawnObjects) : nil
        let identified = Parallel.map(Array(zip(pack.files, formats))) { file, format -> PackEntry in
            let (identification, content) = read(
                file, format: format, job: job, drillParameters: drillParameters, limits: limits,
                drawingBudget: drawingBudget)
            return PackEntry(
                path: file.path, container: file.container, isNested: file.isNested, modified: file.modified,
                size: file.bytes.count, identification: identification, content: content)
        }
        let all = StackInference.completed(identified)
        let copyOf = IdenticalCopies.find(pack.files, all)
        let entries = all.indices.filter { copyOf[$0] == nil }.map { all[$0] }
        let copies = copyOf.sorted { $0.key < $1.key }.map {
            IdenticalCopy(entry: all[$0.key], original: all[$0.value].path)
        }
        let board = boardOutline(entries)
        let filesByPath = Dictionary(pack.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let (zerosSettled, drillZeroDecisions) = DrillZeroDecision.settle(
            entries, files: filesByPath, board: board, parameters: drillParameters, limits: limits)
        // Holes against the copper's flashes; a drill file that states no format is read as the pads decide.
        let drillRegistrations = DrillRegistration.find(in: zerosSettled, board: board?.extent, limits: limits)
        let settled = DrillRegistration.applyingFormats(drillRegistrations, to: zerosSettled)
        // What lies where on the board (flashes by side and layer, holes by plating), gathered once.
        let pads = PadIndex(settled, limits: limits)
        let sites = PlacementSites(settled, pads: pads, limits: limits)
        let throughHoleParts = ThroughHoleParts.find(in: settled, classifier: classifier, sites: sites)
        let xyConventions =
            board.map {
                XYConvention.detect(
                    in: settled, board: $0.extent, corners: $0.centreLine, tolerance: $0.tolerance, pads: pads)
            } ?? []
        var analyzed = AnalyzedPack(
            inputs: pack.inputs, entries: settled, copies: copies, problems: pack.problems, board: board,
            drillZeroDecisions: drillZeroDecisions, xyConventions: xyConventions,
            revisions: RevisionSignal.gather(settled), creationDates: creationDates(settled),
            designatorDifferences: DesignatorDifference.find(
                in: settled, classifier: classifier, throughHoleParts: throughHoleParts, conventions: xyConventions,
                sites: sites),
            padDesignators: padDesignators(settled), platedFeatures: PlatedFeatures.find(in: settled),
            throughHoleParts: throughHoleParts, padClusters: PadClusters.find(in: settled), classifier: classifier)
        analyzed.placementTolerances = placementTolerances
        analyzed.padRegistrations = PadRegistration.find(in: analyzed)
        analyzed.throughHoleHabit = ThroughHoleHabit.learn(from: analyzed.padRegistrations)
        analyzed.drillRegistrations = drillRegistrations
        analyzed.crowdedLayers = CrowdedLayer.find(in: settled, limits: limits)
        for registration in analyzed.padRegistrations where registration.judged > 0 {
            guard let index = analyzed.xyConventions.firstIndex(where: { $0.file == registration.file }) else {
                continue
            }
            analyzed.xyConventions[index].judgedByPads = registration.judged
            analyzed.xyConventions[index].onPads = registration.onPads
            analyzed.xyConventions[index].matches = registration.matches
        }
        analyzed.padCentrings = PadCentring.find(in: analyzed, pads: pads, sites: sites, limits: limits)
        return analyzed
    }

    /// The board drawn by the one outline layer that draws something: its gaps, and its shape when it closes. Where
    /// the layer also draws other strokes, the board's edge is the smallest closed contour that encloses the copper
    /// (within the outline's tolerance); closed contours inside it are cut-outs, the rest drawings.
    private static func boardOutline(_ entries: [PackEntry]) -> BoardOutline? {
        let outlines = entries.filter { $0.identification.role == .outline }
        guard outlines.count == 1, let document = outlines[0].gerber, let extent = document.extent,
            extent.width > 0, extent.height > 0
        else { return nil }
        let file = outlines[0].path
        guard document.segmentsNotKept == 0 else {
            // Part of an outline is no outline: neither its gaps nor its shape would be the board's.
            return BoardOutline(
                file: file, extent: extent, gaps: [], segmentsNotKept: document.segmentsNotKept,
                segmentsKept: document.segments.count)
        }
        let contours = OutlineContours.contours(document.segments)
        var copper: Extent?
        for entry in entries where entry.identification.role == .copper {
            if let layer = entry.gerber?.extent { copper.formUnion(layer) }
        }
        if contours.count > 1, let copper,
            let edge = contours.enumerated().filter({ $0.element.isClosed && encloses($0.element.extent, copper) })
                .min(by: { $0.element.boxArea < $1.element.boxArea })
        {
            let others = contours.enumerated().filter { $0.offset != edge.offset }.map(\.element)
            let cutOuts = others.filter { $0.isClosed && encloses(edge.element.extent, $0.extent) }
            let drawings = others.filter { !($0.isClosed && encloses(edge.element.extent, $0.extent)) }
            // A closed contour that only partly overlaps the edge (a panel's rails beside its boards) makes the
            // layer more than one board and its drawings: judged as a whole below.
            let separate = drawings.allSatisfy { contour in
                !contour.isClosed || encloses(contour.extent, edge.element.extent)
                    || !overlaps(contour.extent, edge.element.extent)
            }
            if separate {
                return BoardOutline(
                    file: file, extent: edge.element.extent, centreLine: centreLine(edge.element.segments), gaps: [],
                    shape: BoardShape(segments: edge.element.segments + cutOuts.flatMap { $0.segments }),
                    cutOuts: cutOuts, drawings: drawings)
            }
        }
        let gaps = OutlineContours.gaps(document.segments)
        return BoardOutline(
            file: file, extent: extent, centreLine: centreLine(document.segments), gaps: gaps,
            shape: gaps.isEmpty ? BoardShape(segments: document.segments) : nil)
    }

    /// The box of the ends of `segments`: the outline's centre line, its strokes' width left out.
    private static func centreLine(_ segments: [Segment]) -> Extent? {
        var box: Extent?
        for segment in segments {
            box.formUnion(Extent(x: segment.startX, y: segment.startY))
            box.formUnion(Extent(x: segment.endX, y: segment.endY))
        }
        return box
    }

    /// Whether the two boxes share any area.
    private static func overlaps(_ a: Extent, _ b: Extent) -> Bool {
        a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY
    }

    /// Whether `outer` holds `inner`, with the slack an outline of `outer`'s size is given.
    private static func encloses(_ outer: Extent, _ inner: Extent) -> Bool {
        let slack = BoardOutline.tolerance(for: outer)
        return inner.minX >= outer.minX - slack && inner.minY >= outer.minY - slack && inner.maxX <= outer.maxX + slack
            && inner.maxY <= outer.maxY + slack
    }

    /// The creation date each file states, where it states one that reads as a date.
    private static func creationDates(_ entries: [PackEntry]) -> [CreationDate] {
        entries.compactMap { entry in
            let text =
                entry.gerber?.attributes.creationDate ?? entry.excellon?.attributes.creationDate
                ?? entry.jobFile?.creationDate
            return text.flatMap(ISODate.secondsSince1970).map { CreationDate(file: entry.path, secondsSince1970: $0) }
        }
    }

    /// The designators named by `%TO.C` on the copper layers, when both outer copper layers name components and end
    /// properly (a truncated layer names only some); nil otherwise.
    private static func padDesignators(_ entries: [PackEntry]) -> Set<String>? {
        let copper = entries.filter { $0.identification.role == .copper }
        let outer = copper.filter { $0.identification.side == .top || $0.identification.side == .bottom }
        let outerNamed = outer.allSatisfy { entry in
            guard let document = entry.gerber else { return false }
            return !document.componentDesignators.isEmpty && document.hasEndOfFile
        }
        var padded = Set<String>()
        for entry in copper { padded.formUnion(entry.gerber?.componentDesignators ?? []) }
        padded.remove("")
        guard !outer.isEmpty, outerNamed, !padded.isEmpty else { return nil }
        return padded
    }

    /// Identifies `file` (of `format`) and reads it as what it is.
    private static func read(
        _ file: PackFile, format: FileFormat, job: GerberJobFile?, drillParameters: [String: DrillParameters],
        limits: ReadLimits, drawingBudget: DrawingBudget?
    ) -> (Identification, ParsedContent) {
        switch format {
        case .gerber:
            let identification = FileIdentifier.identifyGerber(
                file, GerberReader.header(file.bytes, limits: limits), job: job)
            // Only an outline's segments are kept: its contours are the board's shape. Copper, mask and paste keep
            // their flashes: where copper meets on both sides are the plated features that require plated drill
            // data, and what lies at a placement (copper, mask opening, paste) tells a fiducial from a part.
            let document = GerberReader.read(
                file.bytes, recordingSegments: identification.role == .outline,
                recordingFlashes: [.copper, .soldermask, .paste].contains(identification.role),
                recordingImage: drawingBudget != nil && identification.isDrawnOnTheBoard, drawingBudget: drawingBudget,
                limits: limits)
            return (identification, .gerber(document))
        case .excellon:
            let document = ExcellonReader.read(
                file.bytes, parameters: drillParameters[folder(of: file.path)], limits: limits)
            return (FileIdentifier.identifyDrill(file, document), .excellon(document))
        case .json where file.lowercasedExtension == "gbrjob":
            let identification = Identification(
                role: .jobFile, format: .json, evidence: .fileName, evidenceDetail: "extension .gbrjob")
            do throws(GerberJobFileError) {
                return (identification, .jobFile(try GerberJobFile.read(file.bytes)))
            } catch {
                return (identification, .invalidJobFile(error))
            }
        case .text:
            if let identification = FileIdentifier.identifySideFile(file, format: format) {
                return (identification, .none)
            }
            let decoded = DecodedText(file.bytes)
            let (identification, table) = FileIdentifier.identifyText(file, decoded, limits: limits)
            return (identification, readTable(file, decoded, identification, table, limits: limits))
        case .spreadsheet:
            let sheets: [Worksheet]
            do throws(SpreadsheetError) {
                sheets = try Workbook.sheets(file.bytes, limits: limits)
            } catch {
                // Whatever it holds cannot be checked: judged as the BOM it may be, and unreadable.
                return (
                    FileIdentifier.identifyUnreadableWorkbook(file),
                    .bom(BOMReader.unreadableWorkbook(error))
                )
            }
            let (identification, sheet, table) = FileIdentifier.identifyWorkbook(file, sheets, limits: limits)
            guard let sheet else { return (identification, .none) }
            return (identification, readTable(file, sheet, identification, table, limits: limits))
        case .json, .pdf, .binary:
            let identification =
                FileIdentifier.identifySideFile(file, format: format)
                ?? FileIdentifier.identifyOther(file, format: format)
            return (identification, .none)
        }
    }

    /// Reads the table of a text file or workbook sheet (`decoded`) as the BOM or XY file it was identified as;
    /// `table` is the header search identification already made, if it made one.
    private static func readTable(
        _ file: PackFile, _ decoded: DecodedText, _ identification: Identification, _ table: TabularFile?,
        limits: ReadLimits
    ) -> ParsedContent {
        switch identification.role {
        case .bom:
            return .bom(BOMReader.read(table ?? BOMReader.table(decoded, limits: limits)))
        case .placement:
            let dialect = PlacementDialect.detect(decoded, fileName: file.name)
            return .placement(
                PlacementReader.read(
                    decoded, dialect: dialect, table: table, defaultSide: identification.side, limits: limits))
        default:
            return .none
        }
    }

    /// The folder part of a display path ("" for a top-level file).
    static func folder(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }
}
