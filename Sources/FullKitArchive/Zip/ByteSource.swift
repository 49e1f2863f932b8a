import FullKitCore

/// Random access to the bytes of an archive, wherever they live: a file on disk (read with `pread`, never copied
/// whole) or a buffer in memory (an archive nested in another).
package protocol ByteSource: Sendable {
    /// The number of bytes.
    var size: Int { get }

    /// Calls `body` with `count` bytes from `offset`; throws if fewer are available.
    func withBytes<Result>(
        at offset: Int,
        count: Int,
        _ body: (UnsafeRawBufferPointer) throws(ArchiveError) -> Result
    ) throws(ArchiveError) -> Result
}

extension ByteSource {
    /// Throws `.truncated` unless `count` bytes from `offset` lie inside the source.
    func checkRange(offset: Int, count: Int) throws(ArchiveError) {
        guard offset >= 0, count >= 0, offset <= size, count <= size - offset else {
            throw ArchiveError(.truncated, "needs \(count) bytes at offset \(offset), the archive has \(size)")
        }
    }
}

/// Archive bytes in a file, read on demand.
struct FileByteSource: ByteSource {
    let file: SystemFile

    var size: Int { file.size }

    func withBytes<Result>(
        at offset: Int,
        count: Int,
        _ body: (UnsafeRawBufferPointer) throws(ArchiveError) -> Result
    ) throws(ArchiveError) -> Result {
        try checkRange(offset: offset, count: count)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 1), alignment: 16)
        defer { buffer.deallocate() }
        let slice = UnsafeMutableRawBufferPointer(rebasing: buffer[0..<count])
        let read: Int
        do {
            read = try file.read(into: slice, at: offset)
        } catch {
            throw ArchiveError(.unreadable, error.description)
        }
        guard read == count else {
            throw ArchiveError(.truncated, "the file ended after \(offset + read) bytes")
        }
        return try body(UnsafeRawBufferPointer(slice))
    }
}

/// Archive bytes held in memory.
package struct MemoryByteSource: ByteSource {
    let bytes: [UInt8]

    /// A source over `bytes`.
    package init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    package var size: Int { bytes.count }

    package func withBytes<Result>(
        at offset: Int,
        count: Int,
        _ body: (UnsafeRawBufferPointer) throws(ArchiveError) -> Result
    ) throws(ArchiveError) -> Result {
        try checkRange(offset: offset, count: count)
        let result: Swift.Result<Result, ArchiveError> = bytes.withUnsafeBytes { all in
            do throws(ArchiveError) {
                return .success(try body(UnsafeRawBufferPointer(rebasing: all[offset..<offset + count])))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}
