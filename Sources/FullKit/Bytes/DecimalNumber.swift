/// Parses decimal numbers straight from bytes, without going through `String` (which is 100× slower).
enum DecimalNumber {
    /// The largest magnitude of integer digits accepted; more digits than this is an overflow.
    static let maximumDigits = 18

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// 10 raised to `exponent` for 0...22, computed by multiplication beyond that.
    static func powerOfTen(_ exponent: Int) -> Double {
        if exponent >= 0, exponent < powersOfTen.count { return powersOfTen[exponent] }
        var value = 1.0
        for _ in 0..<min(abs(exponent), 400) { value *= 10 }
        return exponent < 0 ? 1 / value : value
    }

    /// Parses `[+-]digits[.digits]` in `bytes[range]`; returns nil unless the whole range is such a number.
    static func parse(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Double? {
        var index = range.lowerBound
        let end = range.upperBound
        guard index < end else { return nil }
        var negative = false
        if bytes[index] == ASCII.minus || bytes[index] == ASCII.plus {
            negative = bytes[index] == ASCII.minus
            index += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var sawPoint = false
        var sawDigit = false
        while index < end {
            let byte = bytes[index]
            if ASCII.isDigit(byte) {
                sawDigit = true
                if digits < maximumDigits {
                    mantissa = mantissa * 10 + UInt64(byte &- ASCII.zero)
                    if mantissa != 0 { digits += 1 }
                    if sawPoint { fractionDigits += 1 }
                } else if !sawPoint {
                    return nil
                }
            } else if byte == ASCII.period, !sawPoint {
                sawPoint = true
            } else {
                return nil
            }
            index += 1
        }
        guard sawDigit else { return nil }
        let value = Double(mantissa) / powerOfTen(fractionDigits)
        return negative ? -value : value
    }
}
