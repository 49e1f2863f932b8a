import FullKitCore

/// Archive bytes in a file, read on demand.
struct FileByteSource: ByteSource {
    let file: SystemFile

    var size: Int { file.size }

    func withBytes<Result>(
        at offset: Int,
        count: Int,
        _ body: (UnsafeRawBufferPointer) throws(LoadError) -> Result
    ) throws(LoadError) -> Result {
        try checkRange(offset: offset, count: count)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 1), alignment: 16)
        defer { buffer.deallocate() }
        let slice = UnsafeMutableRawBufferPointer(rebasing: buffer[0..<count])
        let read: Int
        do {
            read = try file.read(into: slice, at: offset)
        } catch {
            throw LoadError(.unreadable, error.description)
        }
        guard read == count else {
            throw LoadError(.truncated, "the file ended after \(offset + read) bytes")
        }
        return try body(UnsafeRawBufferPointer(slice))
    }
}
