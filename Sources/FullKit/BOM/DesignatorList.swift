/// Splits a BOM designator cell into designators: `,` `;` and white-space separators, trailing separators, and
/// ranges such as `R1-R5` or `C103-C105` (expanded up to `maximumRangeExpansion` designators).
public enum DesignatorList {
    /// The most designators one range may expand to; a longer range is refused with a finding.
    public static let maximumRangeExpansion = 10_000

    /// The result of splitting one cell.
    public struct Parsed: Sendable, Equatable {
        public var designators: [String] = []
        /// Ranges that were refused because they would expand past `maximumRangeExpansion`.
        public var refusedRanges: [String] = []
    }

    /// Splits `cell` into designators.
    public static func parse(_ cell: String) -> Parsed {
        var parsed = Parsed()
        let tokens = cell.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        for token in tokens {
            if let range = expandRange(token) {
                switch range {
                case .expanded(let names): parsed.designators += names
                case .refused: parsed.refusedRanges.append(String(token))
                }
            } else {
                parsed.designators.append(String(token))
            }
        }
        return parsed
    }

    private enum RangeResult {
        case expanded([String])
        case refused
    }

    /// Expands `R1-R5` (or `R1-5`) when both ends share a prefix and the numbers ascend; nil when not a range.
    private static func expandRange(_ token: Substring) -> RangeResult? {
        let parts = token.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let (prefix, first) = split(parts[0]), !prefix.isEmpty else { return nil }
        let (endPrefix, last): (Substring, Int)
        if let whole = split(parts[1]) {
            (endPrefix, last) = whole
        } else {
            return nil
        }
        guard endPrefix.isEmpty || endPrefix == prefix, last > first else { return nil }
        guard last - first < maximumRangeExpansion else { return .refused }
        return .expanded((first...last).map { "\(prefix)\($0)" })
    }

    /// Splits `R12` into (`R`, 12); nil unless the token ends in digits (at most 9 of them).
    private static func split(_ token: Substring) -> (Substring, Int)? {
        let digits = token.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9, let number = Int(String(digits.reversed())) else { return nil }
        return (token.dropLast(digits.count), number)
    }
}
