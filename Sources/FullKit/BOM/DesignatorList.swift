/// Splits a BOM designator cell into designators: `,` `;` and white-space separators, trailing separators, and
/// ranges such as `R1-R5` or `C103-C105`, within the `maximumRangeExpansion` and `maximumDesignatorsPerCell` limits.
public enum DesignatorList {
    /// The result of splitting one cell.
    public struct Parsed: Sendable, Equatable {
        public var designators: [String] = []
        /// Ranges that were refused because they would expand past the `maximumRangeExpansion` limit.
        public var refusedRanges: [String] = []
        /// Whether the cell listed more than the `maximumDesignatorsPerCell` limit (the rest were not read).
        public var isTruncated = false
        /// The first designator whose letter prefix has lower-case letters (`rU4`), if any.
        public var firstLowercase: String?
    }

    /// Splits `cell` into designators.
    public static func parse(_ cell: String, limits: ReadLimits = ReadLimits()) -> Parsed {
        Array(cell.utf8).withUnsafeBytes { parse($0, 0..<$0.count, limits: limits) }
    }

    /// Splits the bytes of `range` into designators, without building a `String` for the cell.
    static func parse(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, limits: ReadLimits) -> Parsed {
        var parsed = Parsed()
        // Most cells separate designators with commas: room for that many, so the list grows once.
        parsed.designators.reserveCapacity(Swift.min(bytes.occurrences(of: ASCII.comma, in: range) + 1, limits.maximumDesignatorsPerCell))
        var index = range.lowerBound
        while index < range.upperBound {
            while index < range.upperBound, isSeparator(bytes[index]) { index += 1 }
            let start = index
            var hasDash = false
            while index < range.upperBound, !isSeparator(bytes[index]) {
                hasDash = hasDash || bytes[index] == ASCII.minus
                index += 1
            }
            guard start < index else { continue }
            let token = start..<index
            guard parsed.designators.count < limits.maximumDesignatorsPerCell else {
                parsed.isTruncated = true
                break
            }
            switch hasDash ? expandRange(bytes, token, limit: limits.maximumRangeExpansion) : nil {
            case .expanded(let names): parsed.designators += names
            case .refused: parsed.refusedRanges.append(bytes.string(token))
            case nil:
                let designator = bytes.string(token)
                if parsed.firstLowercase == nil, Designators.hasLowercasePrefix(bytes, token) { parsed.firstLowercase = designator }
                parsed.designators.append(designator)
            }
        }
        return parsed
    }

    /// The separators, all below 64: `,` `;` space, tab, LF, CR and a stray `"`, one bit each (a computed constant:
    /// a stored static would be initialised lazily, with a check on every byte).
    @inline(__always)
    private static var separatorBits: UInt64 {
        1 << UInt64(ASCII.comma) | 1 << UInt64(ASCII.semicolon) | 1 << UInt64(ASCII.space) | 1 << UInt64(ASCII.tab)
            | 1 << UInt64(ASCII.lineFeed) | 1 << UInt64(ASCII.carriageReturn) | 1 << UInt64(ASCII.quote)
    }

    @inline(__always)
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte < 64 && separatorBits & (1 << UInt64(byte)) != 0
    }

    private enum RangeResult {
        case expanded([String])
        case refused
    }

    /// Expands `R1-R5` (or `R1-5`) when both ends share a prefix and the numbers ascend; nil when not a range.
    private static func expandRange(_ bytes: UnsafeRawBufferPointer, _ token: Range<Int>, limit: Int) -> RangeResult? {
        let dash = bytes.firstOffset(of: ASCII.minus, from: token.lowerBound, to: token.upperBound)
        guard dash < token.upperBound, bytes.firstOffset(of: ASCII.minus, from: dash + 1, to: token.upperBound) == token.upperBound,
            let (prefix, first) = split(bytes, token.lowerBound..<dash), !prefix.isEmpty,
            let (endPrefix, last) = split(bytes, dash + 1..<token.upperBound),
            endPrefix.isEmpty || bytes[endPrefix].elementsEqual(bytes[prefix]), last > first
        else { return nil }
        guard last - first < limit else { return .refused }
        let name = bytes.string(prefix)
        return .expanded((first...last).map { name + String($0) })
    }

    /// Splits `R12` into the range of `R` and 12; nil unless the token ends in 1 to 9 digits.
    private static func split(_ bytes: UnsafeRawBufferPointer, _ token: Range<Int>) -> (Range<Int>, Int)? {
        var digitsStart = token.upperBound
        while digitsStart > token.lowerBound, ASCII.isDigit(bytes[digitsStart - 1]) { digitsStart -= 1 }
        let count = token.upperBound - digitsStart
        guard count > 0, count <= 9 else { return nil }
        var number = 0
        for index in digitsStart..<token.upperBound { number = number * 10 + Int(bytes[index] &- ASCII.zero) }
        return (token.lowerBound..<digitsStart, number)
    }
}
