extension UnsafeRawBufferPointer {
    /// Appends the run of decimal digits at `index` (stopping at the first other byte or at `end`) to `mantissa`,
    /// moves `index` past it and returns how many digits there were. `mantissa` wraps: callers that care refuse
    /// more than `DecimalNumber.maximumDigits` digits.
    ///
    /// Eight bytes are looked at a time where eight can be loaded: which of them are digits is found without a
    /// branch per byte, and up to eight digits are converted with three multiplications (the SWAR method).
    @inlinable @inline(__always)
    package func accumulateDigits(from index: inout Int, before end: Int, into mantissa: inout UInt64) -> Int {
        let start = index
        while index &+ 8 <= count {
            let word = WordBytes.load(self, at: index)
            let values = word ^ 0x3030_3030_3030_3030  // a digit byte becomes 0...9
            let nonDigits = DigitRun.nonDigits(values)
            let run = Swift.min(nonDigits.trailingZeroBitCount >> 3, end &- index)
            guard run > 0 else { return index &- start }
            mantissa = mantissa &* DigitRun.powerOfTen(run) &+ DigitRun.value(ofLeading: run, in: values)
            index &+= run
            if run < 8 { return index &- start }
        }
        while index < end {
            let digit = self[index] &- ASCII.zero
            guard digit < 10 else { break }
            mantissa = mantissa &* 10 &+ UInt64(digit)
            index &+= 1
        }
        return index &- start
    }
}

/// The arithmetic behind `accumulateDigits`.
@usableFromInline package enum DigitRun {
    /// 10 raised to `exponent`, 0...8 (a switch, not a stored table: a static table is initialised lazily, with a
    /// check on every use).
    @inlinable @inline(__always)
    package static func powerOfTen(_ exponent: Int) -> UInt64 {
        switch exponent {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1_000
        case 4: 10_000
        case 5: 100_000
        case 6: 1_000_000
        case 7: 10_000_000
        default: 100_000_000
        }
    }

    /// Zero in exactly the bytes of `values` (text XOR-ed with `0x30` in every byte) that held a digit: such a byte
    /// is 0...9, so its high nibble is 0 and adding 6 to its low nibble does not carry into the high one.
    @inlinable @inline(__always)
    package static func nonDigits(_ values: UInt64) -> UInt64 {
        (values & 0xF0F0_F0F0_F0F0_F0F0)
            | (((values & 0x0F0F_0F0F_0F0F_0F0F) &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0)
    }

    /// The number written by the first `count` (1...8) bytes of `values`, each byte a digit 0...9, the first byte
    /// (the lowest) the most significant.
    @inlinable @inline(__always)
    package static func value(ofLeading count: Int, in values: UInt64) -> UInt64 {
        // Shifting the digits to the top leaves zero bytes below them: leading zeros of an eight-digit number.
        var lanes = values &<< UInt64(64 &- 8 &* count)
        lanes = lanes &* 10 &+ (lanes &>> 8)
        let low = (lanes & 0x0000_00FF_0000_00FF) &* (100 &+ (1_000_000 &<< 32))
        let high = ((lanes &>> 16) & 0x0000_00FF_0000_00FF) &* (1 &+ (10_000 &<< 32))
        return (low &+ high) &>> 32
    }
}
