import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// Decides each file's role, side and layer from the evidence, strongest first: X2 `.FileFunction` → the `.gbrjob`
/// manifest → header fingerprints → file-name conventions → content sniffing.
enum FileIdentifier {
    /// Identifies a Gerber file from its header (X2 attributes, then the tool's own comments and names), the job file,
    /// and its name. Weaker evidence of the same role fills in what the stronger leaves open (the side of an Altium
    /// copper layer numbered by its header, the number of a copper layer named for its side).
    static func identifyGerber(_ file: PackFile, _ header: GerberHeader, job: GerberJobFile?) -> Identification {
        let byName = FileNameConventions.claim(forName: file.name)
        var identification: Identification
        let attributes = header.attributes
        if let fields = attributes.fileFunction, let claim = FileFunction.claim(fields) {
            identification = make(claim, .gerber, .fileFunction, "%TF.FileFunction,\(fields.joined(separator: ","))")
        } else if let entry = job?.entry(forFileNamed: file.name), let claim = FileFunction.claim(entry.fileFunction) {
            identification = make(
                claim, .gerber, .jobFile, "job file lists it as \(entry.fileFunction.joined(separator: ","))")
        } else if let (claim, convention) = ToolHeaderConventions.claim(header) {
            identification = make(completed(claim, by: byName?.claim), .gerber, .headerFingerprint, convention)
        } else if let (claim, convention) = byName {
            return make(claim, .gerber, .fileName, convention)
        } else {
            return Identification(
                role: .unknown, format: .gerber, evidence: .contentSniff,
                evidenceDetail: "Gerber content, but no attribute or file name says which layer")
        }
        if let (claim, convention) = byName, !agrees(claim, identification) {
            identification.conflicts.append("the file name (\(convention)) says \(describe(claim))")
        }
        return identification
    }

    /// Identifies an Excellon file: always drill data; plating from X2, comments or the name.
    static func identifyDrill(_ file: PackFile, _ document: ExcellonDocument) -> Identification {
        let lowered = file.name.lowercased()
        var plated = document.plated
        if plated == nil, lowered.contains("npth") || lowered.contains("nonplated") || lowered.contains("non_plated") {
            plated = false
        } else if plated == nil, lowered.contains("pth") || lowered.contains("plated") {
            plated = true
        }
        if let fields = document.attributes.fileFunction {
            return Identification(
                role: .drill, plated: plated, format: .excellon, evidence: .fileFunction,
                evidenceDetail: "; #@! TF.FileFunction,\(fields.joined(separator: ","))")
        }
        return Identification(
            role: .drill, plated: plated, format: .excellon, evidence: .contentSniff,
            evidenceDetail: "Excellon drill content")
    }

    /// Identifies a text file (`decoded`): a BOM, an XY file, or documentation. When its header row was looked for,
    /// the table found is returned too, for the reader to start from.
    static func identifyText(
        _ file: PackFile, _ decoded: DecodedText, limits: ReadLimits
    ) -> (Identification, TabularFile?) {
        let ext = file.lowercasedExtension
        if let (role, fingerprint) = headerFingerprint(decoded) {
            return (
                Identification(role: role, format: .text, evidence: .headerFingerprint, evidenceDetail: fingerprint),
                nil
            )
        }
        if ext == "pkp" {
            return (
                Identification(
                    role: .placement, format: .text, evidence: .fileName,
                    evidenceDetail: "Proteus pick-and-place extension .pkp"), nil
            )
        }
        if ext == "mnt" || ext == "mnb" {
            return (
                Identification(
                    role: .placement, side: ext == "mnt" ? .top : .bottom, format: .text,
                    evidence: .fileName, evidenceDetail: "Eagle mountsmd extension .\(ext)"), nil
            )
        }
        if file.name.lowercased() == "nc_param.txt" {
            return (
                Identification(
                    role: .ignored, format: .text, evidence: .fileName,
                    evidenceDetail: "Allegro drill parameters (nc_param.txt)"), nil
            )
        }
        // Documents and reports are what their extension says, whatever tables they hold (a README's table of parts).
        if let role = FileNameConventions.sideFileRole(extension: ext) {
            return (
                Identification(
                    role: role, format: .text, evidence: .fileName, evidenceDetail: "side-file extension .\(ext)"),
                nil
            )
        }
        let sniff = BOMReader.table(decoded, limits: limits)
        let hasDesignators = sniff.header != nil
        let hasPositions = sniff.column(.x) != nil && sniff.column(.y) != nil
        let contentRole: FileRole? = hasDesignators ? (hasPositions ? .placement : .bom) : nil
        if let (role, token) = FileNameConventions.tabularClaim(forName: file.name), hasDesignators || ext == "pos" {
            var identification = Identification(
                role: role, side: role == .placement ? placementSide(file.name) : nil, format: .text,
                evidence: .fileName, evidenceDetail: "name contains '\(token)'")
            if let contentRole, contentRole != role {
                identification.conflicts.append("its columns look like \(contentRole == .bom ? "a BOM" : "an XY file")")
            }
            return (identification, sniff)
        }
        if let contentRole {
            let columns = hasPositions ? "designator, X and Y columns" : "a designator column"
            let evidence =
                sniff.header?.inferred == true
                ? "no header row, but its data read as \(hasPositions ? "designators, X and Y" : "designator lists and their quantities")"
                : "header has \(columns)"
            return (
                Identification(
                    role: contentRole, side: contentRole == .placement ? placementSide(file.name) : nil, format: .text,
                    evidence: .contentSniff, evidenceDetail: evidence), sniff
            )
        }
        if let (claim, convention) = FileNameConventions.claim(forName: file.name), !claim.role.isManufacturingData {
            return (make(claim, .text, .fileName, convention), nil)
        }
        return (
            Identification(
                role: .documentation, format: .text, evidence: .contentSniff,
                evidenceDetail: "text without a BOM or XY header"), nil
        )
    }

    /// The side an XY file's name gives its placements, when they say none themselves: a word `top`/`front` or
    /// `bot`/`bottom`/`back` (`PnP_board_front.txt`, `board_PnP_BOT.csv`).
    private static func placementSide(_ name: String) -> BoardSide? {
        let stem = FileNameConventions.split(name).stem
        var words: [String] = []
        var word = ""
        for character in stem {
            if character.isLetter || character.isNumber, !(character.isUppercase && word.last?.isLowercase == true) {
                word.append(character)
            } else {
                if !word.isEmpty { words.append(word.lowercased()) }
                word = character.isLetter || character.isNumber ? String(character) : ""
            }
        }
        if !word.isEmpty { words.append(word.lowercased()) }
        let top = words.contains { $0 == "top" || $0 == "front" }
        let bottom = words.contains { $0 == "bot" || $0 == "bottom" || $0 == "back" }
        return top == bottom ? nil : (top ? .top : .bottom)
    }

    /// The evidence of a policy file found in a pack, which is never applied.
    static let packPolicyDetail = "FullKit policy file inside the pack (never applied)"

    /// Files that are never pack data whatever they contain: FullKit's own policy and operating-system leftovers
    /// (macOS `__MACOSX/` and `._` resource forks, `.DS_Store`, Windows `Thumbs.db`, `desktop.ini`).
    static func identifySideFile(_ file: PackFile, format: FileFormat) -> Identification? {
        let name = file.name
        let detail: String
        if name.lowercased() == Policy.fileName {
            detail = Self.packPolicyDetail
        } else if file.path.contains("__MACOSX/") || name.hasPrefix("._")
            || [".DS_Store", "Thumbs.db", "desktop.ini"].contains(name)
        {
            detail = "operating-system leftover"
        } else {
            return nil
        }
        return Identification(role: .ignored, format: format, evidence: .fileName, evidenceDetail: detail)
    }

    /// Identifies a file that is neither Gerber, Excellon nor text (PDF, images, binaries, JSON).
    static func identifyOther(_ file: PackFile, format: FileFormat) -> Identification {
        if let (claim, convention) = FileNameConventions.claim(forName: file.name), !claim.role.isManufacturingData {
            return make(claim, format, .fileName, convention)
        }
        if format == .pdf {
            return Identification(
                role: .documentation, format: .pdf, evidence: .contentSniff, evidenceDetail: "PDF document")
        }
        return Identification(
            role: .unknown, format: format, evidence: .contentSniff, evidenceDetail: "\(format.rawValue) content")
    }

    /// Identifies a workbook by its sheets, each judged as a text table would be (the file's name still counts): the
    /// first sheet that reads as a BOM or an XY file decides, and is returned with its table. A workbook with no such
    /// sheet (a price list, a revision log) is documentation.
    static func identifyWorkbook(
        _ file: PackFile, _ sheets: [Worksheet], limits: ReadLimits
    ) -> (Identification, DecodedText?, TabularFile?) {
        for sheet in sheets {
            let decoded = DecodedText(sheet.csv)
            var (identification, table) = identifyText(file, decoded, limits: limits)
            guard identification.role == .bom || identification.role == .placement else { continue }
            identification.format = .spreadsheet
            identification.evidenceDetail = "sheet '\(sheet.name)': \(identification.evidenceDetail)"
            return (identification, decoded, table)
        }
        let names = sheets.map { "'\($0.name)'" }.joined(separator: ", ")
        return (
            Identification(
                role: .documentation, format: .spreadsheet, evidence: .contentSniff,
                evidenceDetail: "workbook with no BOM or XY sheet (sheets \(names.isEmpty ? "none" : names))"),
            nil, nil
        )
    }

    /// A workbook that cannot be read: it may be the BOM, so it is judged as one (whose content cannot be checked).
    static func identifyUnreadableWorkbook(_ file: PackFile) -> Identification {
        Identification(
            role: .bom, format: .spreadsheet, evidence: .fileName,
            evidenceDetail: "spreadsheet (.\(file.lowercasedExtension)) that cannot be read")
    }

    /// Tool headers that identify placement files regardless of name.
    private static func headerFingerprint(_ decoded: DecodedText) -> (FileRole, String)? {
        let text = String(decoding: decoded.utf8.prefix(2048), as: UTF8.self)
        if text.contains("Pick and Place Locations") { return (.placement, "Altium 'Pick and Place Locations' header") }
        if text.contains("### Footprint positions") || text.contains("### Module positions") {
            return (.placement, "KiCad '### Footprint positions' header")
        }
        if text.contains("SYM_X") && text.contains("REFDES") {
            return (.placement, "Allegro component report (REFDES, SYM_X)")
        }
        if text.contains("UUNITS") { return (.placement, "Allegro place_txt (UUNITS)") }
        if text.contains("<title>Component Report</title>") { return (.placement, "PADS Component Report (HTML)") }
        return nil
    }

    private static func make(_ claim: LayerClaim, _ format: FileFormat, _ evidence: EvidenceKind, _ detail: String)
        -> Identification
    {
        Identification(
            role: claim.role, side: claim.side, copperLayer: claim.copperLayer, plated: claim.plated,
            format: format, evidence: evidence, evidenceDetail: detail)
    }

    /// `claim` with the side and copper number `weaker` gives where `claim` gives none, when both name one role.
    private static func completed(_ claim: LayerClaim, by weaker: LayerClaim?) -> LayerClaim {
        guard let weaker, weaker.role == claim.role else { return claim }
        var completed = claim
        if completed.side == nil
            || completed.side == .inner && weaker.side != nil && weaker.side != .inner && claim.copperLayer != nil
        {
            completed.side = weaker.side ?? completed.side
        }
        completed.copperLayer = completed.copperLayer ?? weaker.copperLayer
        return completed
    }

    private static func agrees(_ claim: LayerClaim, _ identification: Identification) -> Bool {
        guard claim.role == identification.role else {
            // Names cannot tell a drawing from the layer it documents; only role clashes among layers count.
            return !(claim.role.isManufacturingData && identification.role.isManufacturingData)
        }
        if let side = claim.side, let other = identification.side, side != other { return false }
        return true
    }

    private static func describe(_ claim: LayerClaim) -> String {
        [claim.side?.rawValue, claim.role.rawValue].compactMap { $0 }.joined(separator: " ")
    }
}
