import FullKitCore

/// Reads the central directory of a ZIP archive (with ZIP64) into `ZipEntry` values.
enum ZipCentralDirectory {
    private static let endSignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let zip64EndSignature: UInt32 = 0x0606_4B50
    private static let entrySignature: UInt32 = 0x0201_4B50
    private static let endRecordSize = 22
    private static let maximumCommentSize = 0xFFFF

    /// Whether `bytes` start like a ZIP archive (a local header, or an empty archive's end record).
    static func looksLikeZip(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= 4 && (bytes.le32(0) == 0x0403_4B50 || bytes.le32(0) == endSignature)
    }

    /// Reads every entry the central directory lists.
    static func read(from source: some ByteSource, limits: ReadLimits) throws(LoadError) -> [ZipEntry] {
        guard source.size >= endRecordSize else {
            throw LoadError(.unreadable, "it is \(source.size) bytes long, too short to be a ZIP archive")
        }
        let tailLength = min(source.size, endRecordSize + maximumCommentSize + 20)
        let tailStart = source.size - tailLength
        let directory = try source.withBytes(at: tailStart, count: tailLength) { tail throws(LoadError) in
            try locateDirectory(tail: tail, tailStart: tailStart, source: source)
        }
        guard directory.entryCount <= limits.maximumMemberCount else {
            throw LoadError(
                .limitExceeded,
                "it lists \(directory.entryCount) members, more than the limit of \(limits.maximumMemberCount)")
        }
        guard directory.offset >= 0, directory.size >= 0, directory.offset <= source.size,
            directory.size <= source.size - directory.offset
        else {
            throw LoadError(.truncated, "its central directory lies beyond the end of the file")
        }
        return try source.withBytes(at: directory.offset, count: directory.size) { bytes throws(LoadError) in
            try parseEntries(bytes, count: directory.entryCount, shift: directory.shift)
        }
    }

    private struct DirectoryLocation {
        var offset: Int
        var size: Int
        var entryCount: Int
        /// Bytes prepended to the archive (a self-extractor stub), added to every recorded offset.
        var shift: Int
    }

    private static func locateDirectory(
        tail: UnsafeRawBufferPointer,
        tailStart: Int,
        source: some ByteSource
    ) throws(LoadError) -> DirectoryLocation {
        var position = tail.count - endRecordSize
        while position >= 0, tail.le32(position) != endSignature {
            position -= 1
        }
        guard position >= 0 else {
            let startsLikeZip = try source.withBytes(at: 0, count: 4) { head throws(LoadError) in looksLikeZip(head) }
            throw startsLikeZip
                ? LoadError(
                    .truncated,
                    "it starts like a ZIP archive but its central directory is missing: the file is cut short")
                : LoadError(.unreadable, "it is not a ZIP archive (no end-of-central-directory record)")
        }
        var entryCount = Int(tail.le16(position + 10))
        var size = Int(tail.le32(position + 12))
        var offset = Int(tail.le32(position + 16))
        let endOffset = tailStart + position
        var recordStart = endOffset
        let locator = position - 20
        if locator >= 0, tail.le32(locator) == zip64LocatorSignature {
            let zip64Offset = tail.le64(locator + 8)
            guard zip64Offset < UInt64(endOffset) else {
                throw LoadError(.unreadable, "its ZIP64 locator points past the end record")
            }
            let record = try source.withBytes(at: Int(zip64Offset), count: 56) { record throws(LoadError) in
                guard record.le32(0) == zip64EndSignature else {
                    throw LoadError(.unreadable, "its ZIP64 end record is missing where the locator points")
                }
                return (record.le64(32), record.le64(40), record.le64(48))
            }
            guard let count = Int(exactly: record.0), let cdSize = Int(exactly: record.1),
                let cdOffset = Int(exactly: record.2), count <= Int(Int32.max)
            else {
                throw LoadError(.unreadable, "its ZIP64 end record holds impossible sizes")
            }
            entryCount = count
            size = cdSize
            offset = cdOffset
            recordStart = Int(zip64Offset)
        }
        // Sizes and offsets come from the file: compare before subtracting, so no value can overflow.
        guard size <= recordStart, offset <= recordStart - size else {
            throw LoadError(.truncated, "its central directory claims more bytes than precede the end record")
        }
        let shift = recordStart - size - offset
        return DirectoryLocation(offset: offset + shift, size: size, entryCount: entryCount, shift: shift)
    }

    private static func parseEntries(
        _ bytes: UnsafeRawBufferPointer,
        count: Int,
        shift: Int
    ) throws(LoadError) -> [ZipEntry] {
        var entries: [ZipEntry] = []
        entries.reserveCapacity(min(count, 4096))
        var position = 0
        for index in 0..<count {
            guard position + 46 <= bytes.count, bytes.le32(position) == entrySignature else {
                throw LoadError(.unreadable, "its central directory is corrupt at entry \(index + 1) of \(count)")
            }
            let nameLength = Int(bytes.le16(position + 28))
            let extraLength = Int(bytes.le16(position + 30))
            let commentLength = Int(bytes.le16(position + 32))
            let nameStart = position + 46
            let next = nameStart + nameLength + extraLength + commentLength
            guard next <= bytes.count else {
                throw LoadError(.unreadable, "its central directory entry \(index + 1) runs past the directory")
            }
            let flags = bytes.le16(position + 8)
            var compressed = UInt64(bytes.le32(position + 20))
            var uncompressed = UInt64(bytes.le32(position + 24))
            var offset = UInt64(bytes.le32(position + 42))
            readZip64Extra(
                UnsafeRawBufferPointer(rebasing: bytes[nameStart + nameLength..<nameStart + nameLength + extraLength]),
                uncompressed: &uncompressed, compressed: &compressed, offset: &offset)
            let (name, nameEncoding) = MemberName.decode(
                UnsafeRawBufferPointer(rebasing: bytes[nameStart..<nameStart + nameLength]),
                utf8Flag: flags & 0x0800 != 0)
            guard let compressedSize = Int(exactly: compressed), let uncompressedSize = Int(exactly: uncompressed),
                let headerOffset = Int(exactly: offset), headerOffset <= Int.max - shift
            else {
                throw LoadError(.unreadable, "member '\(name)' has sizes or an offset beyond 2^63")
            }
            let madeOnUnix = bytes[position + 5] == 3
            entries.append(
                ZipEntry(
                    name: name,
                    storedName: [UInt8](bytes[nameStart..<nameStart + nameLength]),
                    nameEncoding: nameEncoding,
                    flags: flags,
                    method: bytes.le16(position + 10),
                    crc32: bytes.le32(position + 16),
                    compressedSize: compressedSize,
                    uncompressedSize: uncompressedSize,
                    localHeaderOffset: headerOffset + shift,
                    modified: ZipEntry.isoDate(dosDate: bytes.le16(position + 14), dosTime: bytes.le16(position + 12)),
                    unixMode: madeOnUnix ? UInt16(truncatingIfNeeded: bytes.le32(position + 38) >> 16) : nil))
            position = next
        }
        return entries
    }

    /// Replaces the 32-bit fields that hold 0xFFFFFFFF with the values of the ZIP64 extra field (ID 1).
    private static func readZip64Extra(
        _ extra: UnsafeRawBufferPointer,
        uncompressed: inout UInt64,
        compressed: inout UInt64,
        offset: inout UInt64
    ) {
        var position = 0
        while position + 4 <= extra.count {
            let id = extra.le16(position)
            let length = Int(extra.le16(position + 2))
            let end = min(position + 4 + length, extra.count)
            if id == 1 {
                var field = position + 4
                func take(_ value: inout UInt64) {
                    guard value == 0xFFFF_FFFF, field + 8 <= end else { return }
                    value = extra.le64(field)
                    field += 8
                }
                take(&uncompressed)
                take(&compressed)
                take(&offset)
                return
            }
            position = end
        }
    }
}
