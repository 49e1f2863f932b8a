extension UnsafeRawBufferPointer {
    /// The little-endian 16-bit value at byte `offset` (the caller has checked that two bytes are there).
    @inlinable @inline(__always)
    package func le16(_ offset: Int) -> UInt16 {
        UInt16(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt16.self))
    }

    /// The little-endian 32-bit value at byte `offset` (the caller has checked that four bytes are there).
    @inlinable @inline(__always)
    package func le32(_ offset: Int) -> UInt32 {
        UInt32(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    /// The little-endian 64-bit value at byte `offset` (the caller has checked that eight bytes are there).
    @inlinable @inline(__always)
    package func le64(_ offset: Int) -> UInt64 {
        UInt64(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
}

extension ArraySlice<UInt8> {
    /// The little-endian 16-bit value `offset` bytes into the slice, or nil when the slice ends first.
    package func le16(at offset: Int) -> UInt16? {
        guard offset >= 0, offset <= count - 2 else { return nil }
        return withUnsafeBytes { $0.le16(offset) }
    }

    /// The little-endian 32-bit value `offset` bytes into the slice, or nil when the slice ends first.
    package func le32(at offset: Int) -> UInt32? {
        guard offset >= 0, offset <= count - 4 else { return nil }
        return withUnsafeBytes { $0.le32(offset) }
    }

    /// The little-endian 64-bit value `offset` bytes into the slice, or nil when the slice ends first.
    package func le64(at offset: Int) -> UInt64? {
        guard offset >= 0, offset <= count - 8 else { return nil }
        return withUnsafeBytes { $0.le64(offset) }
    }
}
