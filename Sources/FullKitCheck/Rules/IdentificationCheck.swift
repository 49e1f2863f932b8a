import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// Every file is identified, and the evidence about it agrees.
struct IdentificationCheck: PackCheck {
    static let unidentified = Rule(
        id: "FILE_UNIDENTIFIED", severity: .warning, summary: "A file's role could not be decided.",
        rationale: "A file nobody can identify may be a layer the factory needs, or a stale leftover.",
        fix: "Rename the file after its layer (e.g. board-F_Cu.gbr, board.GTL) or export Gerber X2 attributes.")
    static let conflict = Rule(
        id: "FILE_IDENTITY_CONFLICT", severity: .error,
        summary: "Two pieces of evidence about one file disagree (its name says one layer, its header another).",
        rationale: "If the name and the content disagree, the factory may image the layer on the wrong side or stack position.",
        fix: "Rename the file to match its content, or export the layer again: which one is right is ambiguous.")
    static let spreadsheet = Rule(
        id: "BOM_SPREADSHEET_UNREAD", severity: .error,
        summary: "The BOM is a legacy .xls (BIFF) workbook, which FullKit does not read.",
        rationale: "The BOM's content cannot be checked against the placements.",
        fix: "Export the BOM as CSV (UTF-8) or save it as .xlsx.")

    var rules: [Rule] { [Self.unidentified, Self.conflict, Self.spreadsheet] }

    func check(_ pack: AnalyzedPack, policy: Policy) -> [Finding] {
        var findings: [Finding] = []
        for entry in pack.entries {
            let id = entry.identification
            if id.role == .unknown {
                findings.append(Finding(Self.unidentified, "\(entry.path): \(id.evidenceDetail)", file: entry.path))
            }
            for conflict in id.conflicts {
                findings.append(Finding(
                    Self.conflict,
                    "\(entry.path): \(id.evidenceDetail) makes it \(describe(id)), but \(conflict)", file: entry.path))
            }
            if id.role == .bom, case .none = entry.content {
                findings.append(Finding(Self.spreadsheet, "\(entry.path) is a legacy .xls workbook; FullKit reads CSV and .xlsx BOMs", file: entry.path))
            }
        }
        return findings
    }

    private func describe(_ id: Identification) -> String {
        let layer = id.copperLayer.map { " L\($0)" } ?? ""
        return [id.side?.rawValue, id.role.rawValue + layer].compactMap { $0 }.joined(separator: " ")
    }
}
