import Dispatch
import FullKitCore

/// A ZIP archive read through its central directory, members inflated with zlib on demand.
///
/// This is the fast path: stored and deflated members, ZIP64, CRC-32 verified. Members in other methods are
/// flagged by `ZipEntry.isFastPathMethod` and read through `LibArchive` instead.
package struct ZipArchive: Sendable {
    private static let localHeaderSize = 30

    let source: any ByteSource
    package let entries: [ZipEntry]

    /// Reads the central directory of the archive in `source`.
    package init(source: any ByteSource, limits: ReadLimits) throws(LoadError) {
        self.source = source
        self.entries = try ZipCentralDirectory.read(from: source, limits: limits)
    }

    /// Reads, inflates and verifies one member.
    package func contents(of entry: ZipEntry, limits: ReadLimits) throws(LoadError) -> [UInt8] {
        if entry.isEncrypted {
            throw LoadError(.encrypted, "it is encrypted; FullKit cannot check an encrypted file")
        }
        guard entry.isFastPathMethod else {
            throw LoadError(.unsupportedMethod, "it uses ZIP compression method \(entry.method)")
        }
        try Self.checkLimits(of: entry, limits: limits)
        let dataOffset = try LocalHeader.dataOffset(of: entry, in: source)
        let bytes = try source.withBytes(at: dataOffset, count: entry.compressedSize) {
            data throws(LoadError) in
            if entry.method == 0 {
                guard entry.compressedSize == entry.uncompressedSize else {
                    throw LoadError(.corrupt, "it is stored, yet its two sizes differ")
                }
                return [UInt8](data)
            }
            return try Zlib.inflateRaw(data, expectedSize: entry.uncompressedSize)
        }
        let crc = bytes.withUnsafeBytes { Zlib.crc32($0) }
        guard crc == entry.crc32 else {
            throw LoadError(.corrupt, "its CRC-32 is \(Self.hex(crc)), the archive records \(Self.hex(entry.crc32))")
        }
        if entry.flags & 0x0008 != 0 {
            try LocalHeader.checkDataDescriptor(of: entry, at: dataOffset + entry.compressedSize, in: source)
        }
        return bytes
    }

    /// Reads `selected` members on every core, calling `visit` with each member's index in `selected` and its
    /// contents as soon as it is inflated. Each member's bytes live only until `visit` returns, so memory stays
    /// bounded by the largest members being read at once, not by the archive.
    func readInParallel(
        _ selected: [ZipEntry],
        limits: ReadLimits,
        visit: (Int, Result<[UInt8], LoadError>) -> Void
    ) {
        withoutActuallyEscaping(visit) { visit in
            nonisolated(unsafe) let visit = visit
            Parallel.forEach(selected.count) { index in
                visit(index, Result { () throws(LoadError) in try contents(of: selected[index], limits: limits) })
            }
        }
    }

    /// Throws when the member's declared size alone breaks a limit, before anything is allocated.
    static func checkLimits(of entry: ZipEntry, limits: ReadLimits) throws(LoadError) {
        if entry.uncompressedSize > limits.maximumMemberSize {
            throw LoadError(
                .limitExceeded,
                "it declares \(entry.uncompressedSize) bytes, over the per-file limit of \(limits.maximumMemberSize)")
        }
        if entry.uncompressedSize > limits.ratioCheckThreshold,
            entry.uncompressedSize / max(entry.compressedSize, 1) > limits.maximumCompressionRatio
        {
            throw LoadError(
                .limitExceeded,
                "it expands \(entry.uncompressedSize / max(entry.compressedSize, 1))× "
                    + "(limit \(limits.maximumCompressionRatio)×): a ZIP bomb")
        }
    }

    /// Names of entries whose data overlaps an earlier entry's: a malformed archive or an overlapping ZIP bomb.
    func overlappingEntries() -> Set<String> {
        let ordered = entries.filter { !$0.isDirectory }.sorted { $0.localHeaderOffset < $1.localHeaderOffset }
        var overlapping = Set<String>()
        var previousEnd = 0
        for entry in ordered {
            if entry.localHeaderOffset < previousEnd {
                overlapping.insert(entry.name)
            }
            let (end, overflow) = entry.localHeaderOffset.addingReportingOverflow(
                Self.localHeaderSize + entry.compressedSize)
            previousEnd = max(previousEnd, overflow ? Int.max : end)
        }
        return overlapping
    }

    /// A CRC as eight hex digits, as archive tools print it.
    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
