import FullKitCore

/// The rules the Excellon reader reports.
extension Rule {
    private static let exportDrill = "Export the drill file again from the CAD tool (Excellon with a full M48 header)."

    static let excellonMissingM30 = Rule(
        id: "EXCELLON_MISSING_M30", severity: .error, summary: "The drill file ends with M30.",
        rationale: "Without M30 the file may be truncated: holes could be missing.",
        fix: "Export the drill file again and make sure the whole file is in the pack.")
    static let excellonUnknownUnits = Rule(
        id: "EXCELLON_UNKNOWN_UNITS", severity: .error, summary: "A drill file with coordinates states its units.",
        rationale: "Holes could be drilled 25.4 times off.", fix: exportDrill)
    package static let excellonZeroModeUnknown = Rule(
        id: "EXCELLON_ZERO_MODE_UNKNOWN", severity: .error,
        summary:
            "A drill file with shortened integer coordinates states which zeros it omits (LZ/TZ, or a format comment).",
        rationale: "\"X0125\" is 1.25 or 0.0125 depending on it: holes could land anywhere.", fix: exportDrill)
    static let excellonInvalidTool = Rule(
        id: "EXCELLON_INVALID_TOOL", severity: .error, summary: "Every tool has a positive diameter.",
        rationale: "A hole without a size cannot be drilled.", fix: exportDrill)
    static let excellonUndefinedTool = Rule(
        id: "EXCELLON_UNDEFINED_TOOL", severity: .error, summary: "Every tool used is defined in the header.",
        rationale: "Its holes have no size.", fix: exportDrill)
    static let excellonNoTool = Rule(
        id: "EXCELLON_NO_TOOL", severity: .error, summary: "A tool is selected before the first hole.",
        rationale: "The hole has no size.", fix: exportDrill)
    static let excellonInvalidCoordinate = Rule(
        id: "EXCELLON_INVALID_COORDINATE", severity: .error, summary: "Coordinates are numbers.",
        rationale: "A hole at an unreadable position cannot be drilled.", fix: exportDrill)

    static let excellonLineTooLong = Rule(
        id: "EXCELLON_LINE_TOO_LONG", severity: .error,
        summary:
            "No line of a drill file is longer than the maximumLineLength limit (default \(ReadLimits().maximumLineLength) bytes).",
        rationale: "Real lines are a few dozen bytes; a giant one is corruption or an attack, and was skipped.",
        fix: exportDrill)

    /// Every rule of the Excellon reader.
    package static let excellonRules: [Rule] = [
        excellonMissingM30, excellonUnknownUnits, excellonZeroModeUnknown, excellonInvalidTool, excellonUndefinedTool,
        excellonNoTool,
        excellonInvalidCoordinate, excellonLineTooLong,
    ]
}
