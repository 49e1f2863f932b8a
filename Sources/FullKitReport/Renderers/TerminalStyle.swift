/// ANSI colours for FullKit's text reports on a terminal (`--color`): the verdict, the section titles and each
/// finding's rule ID. A line is made inert first (`TerminalText.sanitized`), then coloured, so the codes are always
/// FullKit's own and never a pack's.
public enum TerminalStyle {
    static let red = "\u{1B}[31m"
    static let green = "\u{1B}[32m"
    static let yellow = "\u{1B}[33m"
    static let bold = "\u{1B}[1m"
    static let dim = "\u{1B}[2m"
    static let reset = "\u{1B}[0m"

    /// `line` of a text report (check or batch) made inert, with the colour its start calls for.
    public static func painted(_ line: String) -> String {
        let safe = TerminalText.sanitized(line)
        for (prefix, style) in prefixes where safe.hasPrefix(prefix) {
            return style + bold + prefix + reset + safe.dropFirst(prefix.count)
        }
        let trimmed = safe.drop { $0 == " " }
        let indent = safe.prefix(safe.count - trimmed.count)
        if trimmed.hasPrefix("fix: ") { return indent + dim + trimmed + reset }
        // A finding line: "    12:3 RULE_ID: message" or "    RULE_ID: message".
        if indent.count == 4, let colon = trimmed.firstRange(of: ": ")?.lowerBound {
            let words = trimmed[..<colon].split(separator: " ")
            if let rule = words.last, rule.allSatisfy({ $0.isUppercase || $0 == "_" || $0.isNumber }) {
                let start = trimmed.index(colon, offsetBy: -rule.count)
                return indent + trimmed[..<start] + bold + rule + reset + trimmed[colon...]
            }
        }
        return safe
    }

    private static let prefixes: [(String, String)] = [
        ("PASS", green), ("FAIL", red), ("ERROR", red), ("What Sales must fix", red), ("Worth a look", yellow),
    ]
}
