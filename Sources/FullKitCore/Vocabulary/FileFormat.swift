/// How a file's content is encoded.
public enum FileFormat: String, Sendable, Hashable, Codable {
    case gerber
    case excellon
    case text
    case json
    case pdf
    /// A workbook: an Office Open XML `.xlsx`/`.xlsm` or a legacy BIFF8 `.xls`.
    case spreadsheet
    case binary
}
