/// Text made safe for a terminal: a pack's file names and cells may hold control characters (an escape sequence that
/// recolours or clears the screen, a carriage return that overwrites a verdict), and nothing from a pack may reach a
/// terminal raw. Every control character but the line feed and the tab is shown as `\xNN` (`\u{NNNN}` above 0xFF).
public enum TerminalText {
    /// `text` with its control characters (C0 but line feed and tab, DEL, C1) written out visibly.
    public static func sanitized(_ text: String) -> String {
        escaped(text, isControl)
    }

    /// `text` as one inert field of a line: like `sanitized`, and line feeds and tabs written out too, so that a
    /// name or a cell from the pack cannot start a line of its own (a forged `PASS` line) inside a report.
    public static func inline(_ text: String) -> String {
        escaped(text) { $0.value == 0x0A || $0.value == 0x09 || isControl($0) }
    }

    /// JSON text made safe for a terminal and still exact: the encoder escapes C0 controls, but DEL, C1 controls and
    /// bidi overrides are valid raw inside JSON strings. They are written as `\uXXXX` escapes, which decode to the
    /// same text (the `\x` of `sanitized` would make the JSON invalid).
    public static func jsonSafe(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: isControl) else { return json }
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard isControl(scalar), scalar.value >= 0x20 else {
                result.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16)
            result.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return String(result)
    }

    private static func escaped(_ text: String, _ isControl: (Unicode.Scalar) -> Bool) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isControl(scalar) else {
                result.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let escaped = scalar.value <= 0xFF ? "\\x" + (hex.count < 2 ? "0" : "") + hex : "\\u{\(hex)}"
            result.append(contentsOf: escaped.unicodeScalars)
        }
        return String(result)
    }

    /// Whether `scalar` would act on a terminal rather than show: C0 controls but line feed and tab, DEL, C1 controls,
    /// and the bidirectional overrides that reorder what is shown.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
