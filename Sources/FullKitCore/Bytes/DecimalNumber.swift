/// Parses decimal numbers straight from bytes, without going through `String` (which is 100× slower).
@usableFromInline package enum DecimalNumber {
    /// The largest magnitude of integer digits accepted; more digits than this is an overflow.
    @inlinable package static var maximumDigits: Int { 18 }

    /// 10 raised to `exponent`: exact for 0...22 (a switch, not a stored table, which would be initialised lazily
    /// with a check on every use), computed by multiplication beyond that.
    @inlinable
    package static func powerOfTen(_ exponent: Int) -> Double {
        switch exponent {
        case 0: return 1e0
        case 1: return 1e1
        case 2: return 1e2
        case 3: return 1e3
        case 4: return 1e4
        case 5: return 1e5
        case 6: return 1e6
        case 7: return 1e7
        case 8: return 1e8
        case 9: return 1e9
        case 10: return 1e10
        case 11: return 1e11
        case 12: return 1e12
        case 13: return 1e13
        case 14: return 1e14
        case 15: return 1e15
        case 16: return 1e16
        case 17: return 1e17
        case 18: return 1e18
        case 19: return 1e19
        case 20: return 1e20
        case 21: return 1e21
        case 22: return 1e22
        default:
            var value = 1.0
            for _ in 0..<min(abs(exponent), 400) { value *= 10 }
            return exponent < 0 ? 1 / value : value
        }
    }

    /// Parses `[+-]digits[.digits]` in `bytes[range]`; returns nil unless the whole range is such a number.
    /// Integer digits past 18 (leading zeros aside) are refused; fraction digits past them are dropped.
    @inlinable
    package static func parse(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Double? {
        var index = range.lowerBound
        let end = range.upperBound
        guard index < end else { return nil }
        let negative = bytes[index] == ASCII.minus
        if negative || bytes[index] == ASCII.plus { index += 1 }
        if let value = parseShort(bytes, index..<end) { return negative ? -value : value }
        let digitsStart = index
        var mantissa: UInt64 = 0
        var digitCount = bytes.accumulateDigits(from: &index, before: end, into: &mantissa)
        var fractionDigits = 0
        if index < end, bytes[index] == ASCII.period {
            index += 1
            fractionDigits = bytes.accumulateDigits(from: &index, before: end, into: &mantissa)
            digitCount += fractionDigits
        }
        guard index == end, digitCount > 0 else { return nil }
        if digitCount > maximumDigits {
            return parseLong(bytes, digitsStart..<end).map { negative ? -$0 : $0 }
        }
        let value = Double(mantissa) / powerOfTen(fractionDigits)
        return negative ? -value : value
    }

    /// Parses `digits[.digits]` of at most eight bytes (a coordinate such as `152.1925`) from one eight-byte load:
    /// the point is cut out of the word and all the digits converted at once. Nil when the number has another shape
    /// or eight bytes cannot be loaded; `parse` then reads it the general way, to the same value.
    @inlinable @inline(__always)
    static func parseShort(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Double? {
        let length = range.count
        guard length > 0, length <= 8, range.lowerBound &+ 8 <= bytes.count else { return nil }
        let values = WordBytes.load(bytes, at: range.lowerBound) ^ 0x3030_3030_3030_3030
        let nonDigits = DigitRun.nonDigits(values)
        let integerDigits = nonDigits.trailingZeroBitCount >> 3
        if integerDigits >= length {
            return Double(DigitRun.value(ofLeading: length, in: values))
        }
        guard bytes[range.lowerBound &+ integerDigits] == ASCII.period else { return nil }
        let fractionDigits = length &- integerDigits &- 1
        guard integerDigits + fractionDigits > 0,
            (nonDigits >> (8 * (integerDigits + 1))) & WordBytes.lowBytes(fractionDigits) == 0
        else { return nil }
        let digits =
            values & WordBytes.lowBytes(integerDigits) | (values >> (8 * (integerDigits + 1))) << (8 * integerDigits)
        return Double(DigitRun.value(ofLeading: integerDigits + fractionDigits, in: digits))
            / powerOfTen(fractionDigits)
    }

    /// Parses `digits[.digits]` of more than 18 digits: leading zeros do not count, fraction digits past the 18th
    /// are dropped, integer digits past it make the number unreadable (nil).
    @usableFromInline
    static func parseLong(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Double? {
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var sawPoint = false
        for index in range {
            let byte = bytes[index]
            if byte == ASCII.period {
                sawPoint = true
            } else if digits < maximumDigits {
                mantissa = mantissa * 10 + UInt64(byte &- ASCII.zero)
                if mantissa != 0 { digits += 1 }
                if sawPoint { fractionDigits += 1 }
            } else if !sawPoint {
                return nil
            }
        }
        return Double(mantissa) / powerOfTen(fractionDigits)
    }
}
