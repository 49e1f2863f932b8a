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
        _ body: (UnsafeRawBufferPointer) throws(LoadError) -> Result
    ) throws(LoadError) -> Result
}

extension ByteSource {
    /// Throws `.truncated` unless `count` bytes from `offset` lie inside the source.
    func checkRange(offset: Int, count: Int) throws(LoadError) {
        guard offset >= 0, count >= 0, offset <= size, count <= size - offset else {
            throw LoadError(.truncated, "needs \(count) bytes at offset \(offset), the archive has \(size)")
        }
    }
}
