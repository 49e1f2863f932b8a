import FullKitCore

/// The records of a BIFF8 stream (the `Workbook` stream of an `.xls`) from a given offset: each a 16-bit type, a
/// 16-bit length and that many bytes. Iteration stops at the end of the stream or at a record whose length runs past
/// it, so a truncated or hostile stream is never read out of bounds.
struct BIFFRecords: Sequence {
    /// One record: its type, where it starts in the stream, and its data.
    struct Record {
        /// The record type (`0x0809` BOF, `0x00FC` SST, `0x000A` EOF …).
        let type: UInt16
        /// The offset of the record's header in the stream.
        let offset: Int
        /// The record's data, after the four header bytes.
        let data: ArraySlice<UInt8>

        /// The byte `offset` bytes into the data (0 past the end).
        func byte(_ offset: Int) -> UInt8 {
            offset >= 0 && offset < data.count ? data[data.startIndex + offset] : 0
        }

        /// The little-endian 16-bit value `offset` bytes into the data (0 past the end).
        func u16(_ offset: Int) -> UInt16 { data.le16(at: offset) ?? 0 }

        /// The little-endian 32-bit value `offset` bytes into the data (0 past the end).
        func u32(_ offset: Int) -> UInt32 { data.le32(at: offset) ?? 0 }

        /// The little-endian 64-bit value `offset` bytes into the data (0 past the end).
        func u64(_ offset: Int) -> UInt64 { data.le64(at: offset) ?? 0 }
    }

    /// The type of a record that carries on the data of the record before it.
    static let continueType: UInt16 = 0x003C

    private let stream: [UInt8]
    private let start: Int

    /// The records of `stream` from the record at `offset`.
    init(_ stream: [UInt8], from offset: Int = 0) {
        self.stream = stream
        self.start = Swift.max(0, offset)
    }

    /// The data of the `CONTINUE` records right after `record`, in order.
    func continuations(after record: Record) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        for next in BIFFRecords(stream, from: record.data.endIndex) {
            guard next.type == Self.continueType else { break }
            result.append(next.data)
        }
        return result
    }

    /// Walks the records one after another.
    struct Iterator: IteratorProtocol {
        let stream: [UInt8]
        var position: Int

        mutating func next() -> Record? {
            guard let type = stream[...].le16(at: position),
                let length = stream[...].le16(at: position + 2).map(Int.init)
            else { return nil }
            let dataStart = position + 4
            guard dataStart + length <= stream.count else { return nil }
            defer { position = dataStart + length }
            return Record(type: type, offset: position, data: stream[dataStart..<dataStart + length])
        }
    }

    func makeIterator() -> Iterator { Iterator(stream: stream, position: start) }
}
