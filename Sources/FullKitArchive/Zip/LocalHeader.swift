import FullKitCore

/// A member's local header and data descriptor, held to what the central directory says of the member.
///
/// A ZIP names and sizes each member twice: in the central directory and in the local header before its data (or
/// in a data descriptor after it). Readers differ in which copy they trust, so when the two disagree the pack's
/// content is ambiguous: that is an error naming the member, never a silent choice.
enum LocalHeader {
    private static let signature: UInt32 = 0x0403_4B50
    private static let descriptorSignature: UInt32 = 0x0807_4B50
    private static let size = 30

    /// Where the member's data starts; throws when the local header is missing or disagrees with the central
    /// directory on the method, the name, the CRC or the sizes it records.
    static func dataOffset(of entry: ZipEntry, in source: any ByteSource) throws(LoadError) -> Int {
        let (nameLength, extraLength) = try source.withBytes(at: entry.localHeaderOffset, count: size) {
            header throws(LoadError) in
            guard header.le32(0) == signature else {
                throw LoadError(.corrupt, "no local header where the central directory says it starts")
            }
            guard header.le16(8) == entry.method else {
                throw LoadError(
                    .corrupt,
                    "its local header says method \(header.le16(8)), the central directory says \(entry.method)")
            }
            // With a data descriptor (flag bit 3) the local fields may be zero; whatever is written must agree.
            let deferred = header.le16(6) & 0x0008 != 0
            let fields: [(String, UInt32, Int)] = [
                ("CRC-32", header.le32(14), Int(entry.crc32)),
                ("compressed size", header.le32(18), entry.compressedSize),
                ("size", header.le32(22), entry.uncompressedSize),
            ]
            for (label, local, central) in fields where local != 0xFFFF_FFFF && !(deferred && local == 0) {
                guard Int(local) == central else {
                    throw LoadError(
                        .corrupt,
                        "its local header gives \(label) \(local), the central directory \(central): which is true is ambiguous"
                    )
                }
            }
            return (Int(header.le16(26)), Int(header.le16(28)))
        }
        let nameStart = entry.localHeaderOffset + size
        try source.withBytes(at: nameStart, count: nameLength) { name throws(LoadError) in
            guard name.elementsEqual(entry.storedName) else {
                let local = MemberName.decode(name, utf8Flag: entry.flags & 0x0800 != 0).name
                throw LoadError(
                    .corrupt,
                    "its local header names it '\(local)', the central directory '\(entry.name)': which is true is ambiguous"
                )
            }
        }
        return nameStart + nameLength + extraLength
    }

    /// Throws unless the data descriptor at `offset` (signature optional; sizes of 4 or, for ZIP64, 8 bytes) repeats
    /// the central directory's CRC and sizes.
    static func checkDataDescriptor(of entry: ZipEntry, at offset: Int, in source: any ByteSource) throws(LoadError) {
        let available = min(24, source.size - offset)
        guard available >= 12 else {
            throw LoadError(.truncated, "its data descriptor is missing: the archive ends after its data")
        }
        let matches = try source.withBytes(at: offset, count: available) { descriptor -> Bool in
            let start = descriptor.le32(0) == descriptorSignature && available >= 16 ? 4 : 0
            guard descriptor.le32(start) == entry.crc32 else { return false }
            let fits32 = start + 12 <= available
            if fits32, Int(descriptor.le32(start + 4)) == entry.compressedSize,
                Int(descriptor.le32(start + 8)) == entry.uncompressedSize
            {
                return true
            }
            guard start + 20 <= available else { return false }
            return Int(exactly: descriptor.le64(start + 4)) == entry.compressedSize
                && Int(exactly: descriptor.le64(start + 12)) == entry.uncompressedSize
        }
        guard matches else {
            throw LoadError(
                .corrupt,
                "its data descriptor disagrees with the central directory on its CRC-32 (\(ZipArchive.hex(entry.crc32))) or sizes: which is true is ambiguous"
            )
        }
    }
}
