import FullKitCore

/// One member as the ZIP central directory describes it.
package struct ZipEntry: Sendable, Hashable {
    /// The member's path inside the archive, decoded from UTF-8 or CP437.
    package var name: String
    /// The name's bytes as stored, to compare with the local header's copy.
    var storedName: [UInt8]
    /// How the name was stored.
    var nameEncoding: MemberName.Encoding
    /// General-purpose flags (bit 0: encrypted, bit 3: data descriptor, bit 11: UTF-8 name).
    var flags: UInt16
    /// Compression method: 0 stored, 8 deflate; others go through libarchive.
    var method: UInt16
    /// The CRC-32 of the uncompressed data.
    var crc32: UInt32
    /// The size of the stored (compressed) data.
    var compressedSize: Int
    /// The size once inflated.
    var uncompressedSize: Int
    /// Where the member's local header starts.
    var localHeaderOffset: Int
    /// The modification time as ISO 8601 (local time, as ZIP's DOS timestamps carry no zone), if valid.
    var modified: String?
    /// The Unix file mode, when the archive was made on Unix.
    var unixMode: UInt16?

    var isEncrypted: Bool { flags & 1 != 0 || method == 99 }
    var isDirectory: Bool { name.hasSuffix("/") || unixMode.map { $0 & 0xF000 == 0x4000 } == true }
    var isSymbolicLink: Bool { unixMode.map { $0 & 0xF000 == 0xA000 } == true }
    var isFastPathMethod: Bool { method == 0 || method == 8 }
}

extension ZipEntry {
    /// Formats a DOS date and time as ISO 8601, or nil when the fields are out of range.
    static func isoDate(dosDate: UInt16, dosTime: UInt16) -> String? {
        let year = 1980 + Int(dosDate >> 9)
        let month = Int((dosDate >> 5) & 0x0F)
        let day = Int(dosDate & 0x1F)
        let hour = Int(dosTime >> 11)
        let minute = Int((dosTime >> 5) & 0x3F)
        let second = Int(dosTime & 0x1F) * 2
        guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60 else {
            return nil
        }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):\(two(second))"
    }
}
