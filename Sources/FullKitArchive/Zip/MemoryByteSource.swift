import FullKitCore

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
        _ body: (UnsafeRawBufferPointer) throws(LoadError) -> Result
    ) throws(LoadError) -> Result {
        try checkRange(offset: offset, count: count)
        let result: Swift.Result<Result, LoadError> = bytes.withUnsafeBytes { all in
            do throws(LoadError) {
                return .success(try body(UnsafeRawBufferPointer(rebasing: all[offset..<offset + count])))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}
