import FullKitCore

/// Splits a BOM designator cell into designators: `,` `;` and white-space separators, trailing separators, and
/// ranges such as `R1-R5` or `C103-C105`, within the `maximumRangeExpansion`, `maximumExpandedDesignators` and
/// `maximumDesignatorsPerCell` limits.
public enum DesignatorList {
    /// The result of splitting one cell.
    public struct Parsed: Sendable, Equatable {
        /// The designators the cell lists, ranges expanded.
        public var designators: DesignatorNames = []
        /// Ranges that were refused because they would expand past the `maximumRangeExpansion` limit.
        public var refusedRanges: [String] = []
        /// Ranges that were refused because the file's ranges together would expand past the
        /// `maximumExpandedDesignators` limit.
        public var rangesPastFileLimit: [String] = []
        /// Whether the cell listed more than the `maximumDesignatorsPerCell` limit (the rest were not read).
        public var isTruncated = false
        /// The first designator whose letter prefix has lower-case letters (`rU4`), if any.
        public var firstLowercase: String?
    }

    /// Splits `cell` into designators.
    public static func parse(_ cell: String, limits: ReadLimits = ReadLimits()) -> Parsed {
        let text = Array(cell.utf8)
        var builder = DesignatorNames.Builder(textSize: text.count)
        var budget = limits.maximumExpandedDesignators
        var parsed = text.withUnsafeBytes {
            parse($0, 0..<$0.count, limits: limits, into: &builder, expansionBudget: &budget)
        }
        parsed.designators.storage = builder.finish(text: text)
        return parsed
    }

    /// Splits the bytes of `range` into designators, added to `builder` (the result's `designators` get their storage
    /// when the caller finishes it with the same text). Ranges may add at most `expansionBudget` designators, which is
    /// lowered by what they add.
    static func parse(
        _ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, limits: ReadLimits,
        into builder: inout DesignatorNames.Builder,
        expansionBudget: inout Int
    ) -> Parsed {
        var parsed = Parsed()
        let first = builder.count
        let maximum = first + limits.maximumDesignatorsPerCell
        var index = range.lowerBound
        tokens: while index < range.upperBound {
            while index < range.upperBound, isSeparator(bytes[index]) { index += 1 }
            let start = index
            var hasDash = false
            index = tokenEnd(bytes, from: index, before: range.upperBound, hasDash: &hasDash)
            guard start < index else { continue }
            let token = start..<index
            guard builder.count < maximum else {
                parsed.isTruncated = true
                break
            }
            if hasDash, let (prefix, numbers) = designatorRange(bytes, token) {
                if numbers.count > limits.maximumRangeExpansion {
                    parsed.refusedRanges.append(bytes.string(token))
                } else if numbers.count > expansionBudget {
                    parsed.rangesPastFileLimit.append(bytes.string(token))
                } else {
                    expansionBudget -= numbers.count
                    for number in numbers {
                        guard builder.append(bytes, prefix: prefix, number: number) else {
                            parsed.isTruncated = true
                            break tokens
                        }
                    }
                }
                continue
            }
            guard builder.append(token) else {
                parsed.isTruncated = true
                break
            }
            if parsed.firstLowercase == nil, Designators.hasLowercasePrefix(bytes, token) {
                parsed.firstLowercase = bytes.string(token)
            }
        }
        parsed.designators = DesignatorNames(storage: nil, positions: first..<builder.count)
        return parsed
    }

    /// The separators, all below 64: `,` `;` space, tab, LF, CR and a stray `"`, one bit each (a computed constant:
    /// a stored static would be initialised lazily, with a check on every byte).
    @inline(__always)
    private static var separatorBits: UInt64 {
        1 << UInt64(ASCII.comma) | 1 << UInt64(ASCII.semicolon) | 1 << UInt64(ASCII.space) | 1 << UInt64(ASCII.tab)
            | 1 << UInt64(ASCII.lineFeed) | 1 << UInt64(ASCII.carriageReturn) | 1 << UInt64(ASCII.quote)
    }

    /// The end of the designator at `start`: the first separator, or `end`; `hasDash` is set if it holds a `-`.
    /// Eight bytes at a time: every separator is below `0` (0x30) or is `;`, so only such bytes are looked at.
    @inline(__always)
    private static func tokenEnd(_ bytes: UnsafeRawBufferPointer, from start: Int, before end: Int, hasDash: inout Bool)
        -> Int
    {
        var index = start
        while index &+ 8 <= end {
            let word = WordBytes.load(bytes, at: index)
            var candidates =
                WordBytes.bytesBelow(UInt8(ascii: "0"), word)
                | WordBytes.zeroBytes(word ^ WordBytes.broadcast(ASCII.semicolon))
            while candidates != 0 {
                let offset = index &+ candidates.trailingZeroBitCount >> 3
                if isSeparator(bytes[offset]) { return offset }
                if bytes[offset] == ASCII.minus { hasDash = true }
                candidates &= candidates &- 1
            }
            index &+= 8
        }
        while index < end, !isSeparator(bytes[index]) {
            if bytes[index] == ASCII.minus { hasDash = true }
            index &+= 1
        }
        return index
    }

    @inline(__always)
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte < 64 && separatorBits & (1 << UInt64(byte)) != 0
    }

    /// The prefix and numbers of a range such as `R1-R5` (or `R1-5`): both ends share a prefix and the numbers
    /// ascend; nil when the token is not such a range.
    private static func designatorRange(_ bytes: UnsafeRawBufferPointer, _ token: Range<Int>) -> (
        Range<Int>, ClosedRange<Int>
    )? {
        let dash = bytes.firstOffset(of: ASCII.minus, from: token.lowerBound, to: token.upperBound)
        guard dash < token.upperBound,
            bytes.firstOffset(of: ASCII.minus, from: dash + 1, to: token.upperBound) == token.upperBound,
            let (prefix, first) = split(bytes, token.lowerBound..<dash), !prefix.isEmpty,
            let (endPrefix, last) = split(bytes, dash + 1..<token.upperBound),
            endPrefix.isEmpty || bytes[endPrefix].elementsEqual(bytes[prefix]), last > first
        else { return nil }
        return (prefix, first...last)
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
