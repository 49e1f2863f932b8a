/// MD5 (RFC 1321), for the X2 `.MD5` file attribute only: it checks a file's integrity, not its authenticity.
package struct MD5 {
    /// A digest with no bytes added yet.
    package init() {}

    private var state: (UInt32, UInt32, UInt32, UInt32) = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476)
    private var block = [UInt8](repeating: 0, count: 64)
    private var blockCount = 0
    private var length: UInt64 = 0

    private static let shifts: [UInt32] = [
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14,
        20,
        4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10,
        15, 21,
    ]
    private static let constants: [UInt32] = (0..<64).map { index in
        UInt32(truncatingIfNeeded: Int64(abs(sin(Double(index + 1))) * 4_294_967_296))
    }

    /// Adds one byte.
    package mutating func update(_ byte: UInt8) {
        block[blockCount] = byte
        blockCount += 1
        length &+= 1
        if blockCount == 64 {
            process()
            blockCount = 0
        }
    }

    /// The digest as 32 lower-case hex digits.
    package mutating func hexDigest() -> String {
        let bits = length &* 8
        update(0x80)
        while blockCount != 56 { update(0) }
        for shift in stride(from: 0, to: 64, by: 8) { update(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
        var text = ""
        for word in [state.0, state.1, state.2, state.3] {
            for shift in stride(from: 0, to: 32, by: 8) {
                let byte = UInt8(truncatingIfNeeded: word >> UInt32(shift))
                text += String(byte >> 4, radix: 16) + String(byte & 0x0F, radix: 16)
            }
        }
        return text
    }

    private mutating func process() {
        var words = [UInt32](repeating: 0, count: 16)
        for index in 0..<16 {
            words[index] =
                UInt32(block[index * 4]) | UInt32(block[index * 4 + 1]) << 8
                | UInt32(block[index * 4 + 2]) << 16 | UInt32(block[index * 4 + 3]) << 24
        }
        var (a, b, c, d) = state
        for index in 0..<64 {
            var f: UInt32
            let g: Int
            switch index {
            case 0..<16: (f, g) = ((b & c) | (~b & d), index)
            case 16..<32: (f, g) = ((d & b) | (~d & c), (5 * index + 1) % 16)
            case 32..<48: (f, g) = (b ^ c ^ d, (3 * index + 5) % 16)
            default: (f, g) = (c ^ (b | ~d), (7 * index) % 16)
            }
            f = f &+ a &+ Self.constants[index] &+ words[g]
            a = d
            d = c
            c = b
            b = b &+ (f << Self.shifts[index] | f >> (32 - Self.shifts[index]))
        }
        state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
