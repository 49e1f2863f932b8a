import FullKitCore

/// Text bytes turned into UTF-8, whatever encoding the file used, with what was detected.
public struct DecodedText: Sendable {
    /// The text as UTF-8.
    public let utf8: [UInt8]
    /// The encoding the file was in.
    public let encoding: TextEncoding
    /// For a Windows-1252 fallback, the offset of the first byte that was not valid UTF-8.
    public let firstInvalidByteOffset: Int?

    /// Decodes `bytes`: byte-order marks first, then UTF-8 validation with a Windows-1252 fallback.
    public init(_ bytes: [UInt8]) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            self.init(utf8: Array(bytes[3...]), encoding: .utf8WithBOM)
        } else if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            self.init(utf8: Self.transcodeUTF16(bytes.dropFirst(2), bigEndian: false), encoding: .utf16LittleEndian)
        } else if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            self.init(utf8: Self.transcodeUTF16(bytes.dropFirst(2), bigEndian: true), encoding: .utf16BigEndian)
        } else if let invalid = Self.firstInvalidUTF8(bytes) {
            self.init(utf8: Self.transcodeWindows1252(bytes), encoding: .windows1252, firstInvalid: invalid)
        } else {
            self.init(utf8: bytes, encoding: .utf8)
        }
    }

    /// Text that is already UTF-8 (made from a file whose encoding was `encoding`, e.g. the cells of an HTML table).
    package init(utf8: [UInt8], encoding: TextEncoding, firstInvalid: Int? = nil) {
        self.utf8 = utf8
        self.encoding = encoding
        self.firstInvalidByteOffset = firstInvalid
    }

    private static func transcodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var output: [UInt8] = []
        output.reserveCapacity(units.count)
        _ = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) {
            output.append($0)
        }
        return output
    }

    /// The offset of the first byte that breaks UTF-8, or nil when all of `bytes` is valid.
    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                // ASCII fast path: eight bytes at a time while none has its high bit set.
                while index + 8 <= count,
                    bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                }
                guard index < count else { break }
                let lead = bytes[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0...0xEF: length = 3
                case 0xF0...0xF4: length = 4
                default: return index
                }
                guard index + length <= count else { return index }
                for continuation in 1..<length where bytes[index + continuation] & 0xC0 != 0x80 {
                    return index
                }
                // Overlong and surrogate forms are caught by the second byte's range.
                let second = bytes[index + 1]
                if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F)
                    || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F)
                {
                    return index
                }
                index += length
            }
            return nil
        }
    }

    private static let windows1252High: [Unicode.Scalar] = Array(
        ("€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ").unicodeScalars)

    private static func transcodeWindows1252(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            let scalar: Unicode.Scalar
            switch byte {
            case 0..<0x80:
                output.append(byte)
                continue
            case 0x80..<0xA0: scalar = windows1252High[Int(byte - 0x80)]
            default: scalar = Unicode.Scalar(byte)
            }
            output.append(contentsOf: String(Character(scalar)).utf8)
        }
        return output
    }
}
