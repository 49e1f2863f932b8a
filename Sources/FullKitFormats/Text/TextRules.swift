import FullKitCore

/// The rules about text itself, shared by the BOM and XY readers.
extension Rule {
    static let textNotUTF8 = Rule(
        id: "TEXT_NOT_UTF8", severity: .warning,
        summary: "BOM and XY files are UTF-8 (or UTF-16 with a byte-order mark).",
        rationale: "Read as Windows-1252, symbols such as µ and Ω may be wrong; other encodings (GBK) garble text.",
        fix: "Save the file as UTF-8 so that µ, Ω and other symbols survive.")
    static let textLineTooLong = Rule(
        id: "TEXT_LINE_TOO_LONG", severity: .error,
        summary:
            "No line of a BOM or XY file is longer than the maximumLineLength limit (default \(ReadLimits().maximumLineLength) bytes).",
        rationale: "No real BOM or XY line comes near it: the file is corrupt or hostile, and the line was skipped.",
        fix: "Export the file again from the CAD tool; check that no cell holds pasted binary data.")
    static let designatorLowercase = Rule(
        id: "DESIGNATOR_LOWERCASE", severity: .warning, summary: "Designators are written in upper case.",
        rationale: "Assemblers upper-case designators, which can merge two parts into one.",
        fix: "Write designators in upper case in the CAD tool and export again.")

    /// Every rule about text itself, in catalogue order.
    package static let textRules: [Rule] = [textNotUTF8, textLineTooLong, designatorLowercase]
}
