import FullKitCore

/// Reads the streams of an OLE2 compound file (Microsoft's Compound File Binary format, MS-CFB): the container of a
/// legacy `.xls` workbook. A state machine over the bytes with every sector number, chain and size checked: a chain
/// that loops, points past the file or outgrows the file is an error, never a hang or a read out of bounds.
struct CompoundFile {
    private let bytes: [UInt8]
    private let sectorSize: Int
    private let miniSectorSize: Int
    private let miniStreamCutoff: Int
    /// The file allocation table: each sector's next sector in its chain.
    private let fat: [UInt32]
    private let miniFAT: [UInt32]
    /// The root entry's stream, which holds the mini sectors of the small streams.
    private let miniStream: [UInt8]
    /// Every directory entry: name, type, first sector, size.
    private let entries: [(name: String, type: UInt8, start: UInt32, size: Int)]
    /// The largest stream read.
    private let maximumStreamSize: Int

    /// The signature every compound file starts with.
    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    private static let endOfChain: UInt32 = 0xFFFF_FFFE
    private static let free: UInt32 = 0xFFFF_FFFF

    /// Whether `bytes` start like a compound file.
    static func matches(_ bytes: [UInt8]) -> Bool { bytes.count >= 512 && Array(bytes.prefix(8)) == signature }

    /// Opens the compound file in `bytes`; no stream may exceed `maximumStreamSize` bytes.
    init(_ bytes: [UInt8], maximumStreamSize: Int) throws(SpreadsheetError) {
        guard Self.matches(bytes) else {
            throw SpreadsheetError(.unreadableContainer, "it is not an OLE2 compound file (no D0 CF 11 E0 signature)")
        }
        self.bytes = bytes
        self.maximumStreamSize = maximumStreamSize
        let sectorShift = Int(Self.u16(bytes, 30))
        let miniShift = Int(Self.u16(bytes, 32))
        guard sectorShift == 9 || sectorShift == 12, miniShift == 6 else {
            throw SpreadsheetError(
                .unreadableContainer, "its compound-file header gives sector sizes 2^\(sectorShift)/2^\(miniShift)")
        }
        sectorSize = 1 << sectorShift
        miniSectorSize = 1 << miniShift
        miniStreamCutoff = Int(Self.u32(bytes, 56))
        let sectorCount = (bytes.count - 512 + sectorSize - 1) / sectorSize
        // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
        let listed = (0..<109).map { Self.u32(bytes, 76 + 4 * $0) }.filter { $0 != Self.free }
        guard listed.allSatisfy({ $0 < UInt32(sectorCount) }) else {
            throw SpreadsheetError(
                .unreadableContainer, "the file is cut short: its allocation table lies past the end of the file")
        }
        var fatSectors = listed
        var difat = Self.u32(bytes, 68)
        var visited = 0
        while difat < UInt32(sectorCount), visited <= sectorCount {
            let base = 512 + Int(difat) * sectorSize
            let perSector = sectorSize / 4 - 1
            for index in 0..<perSector {
                let sector = Self.u32(bytes, base + 4 * index)
                if sector < UInt32(sectorCount) { fatSectors.append(sector) }
            }
            difat = Self.u32(bytes, base + 4 * perSector)
            visited += 1
        }
        var fat: [UInt32] = []
        fat.reserveCapacity(fatSectors.count * sectorSize / 4)
        for sector in fatSectors {
            let base = 512 + Int(sector) * sectorSize
            for index in 0..<sectorSize / 4 { fat.append(Self.u32(bytes, base + 4 * index)) }
        }
        self.fat = fat
        let size = sectorSize
        func chain(_ start: UInt32, limit: Int) throws(SpreadsheetError) -> [UInt8] {
            try Self.read(bytes, chain: start, table: fat, sectorSize: size, offset: { 512 + $0 * size }, limit: limit)
        }
        let directory = try chain(Self.u32(bytes, 48), limit: maximumStreamSize)
        var entries: [(name: String, type: UInt8, start: UInt32, size: Int)] = []
        for base in stride(from: 0, to: directory.count - 127, by: 128) {
            let nameLength = min(Int(Self.u16(directory, base + 64)), 64)
            let units = (0..<max(nameLength / 2 - 1, 0)).map { Self.u16(directory, base + 2 * $0) }
            let name = String(decoding: units, as: UTF16.self)
            let sizeLow = Int(Self.u32(directory, base + 120))
            entries.append((name, directory[base + 66], Self.u32(directory, base + 116), sizeLow))
        }
        self.entries = entries
        let root = entries.first { $0.type == 5 }
        miniStream =
            try root.map { root throws(SpreadsheetError) in
                try chain(root.start, limit: min(root.size, maximumStreamSize))
            } ?? []
        let miniFATStart = Self.u32(bytes, 60)
        let miniFATBytes = try chain(miniFATStart, limit: maximumStreamSize)
        miniFAT = (0..<miniFATBytes.count / 4).map { Self.u32(miniFATBytes, 4 * $0) }
    }

    /// The stream named `name` (compared without case), or nil when there is none.
    func stream(named name: String) throws(SpreadsheetError) -> [UInt8]? {
        guard let entry = entries.first(where: { $0.type == 2 && $0.name.lowercased() == name.lowercased() }) else {
            return nil
        }
        guard entry.size <= maximumStreamSize else {
            throw SpreadsheetError(
                .unreadableContainer,
                "its \(name) stream declares \(entry.size) bytes, over the limit of \(maximumStreamSize)")
        }
        if entry.size < miniStreamCutoff {
            let size = miniSectorSize
            let data = try Self.read(
                miniStream, chain: entry.start, table: miniFAT, sectorSize: size, offset: { $0 * size },
                limit: entry.size)
            return Array(data.prefix(entry.size))
        }
        let size = sectorSize
        let data = try Self.read(
            bytes, chain: entry.start, table: fat, sectorSize: size, offset: { 512 + $0 * size }, limit: entry.size)
        return Array(data.prefix(entry.size))
    }

    /// The bytes of the chain starting at `start` in `table`, each sector read from `offset(sector)` in `source`;
    /// at most `limit` bytes (rounded up to whole sectors) and never a sector twice.
    private static func read(
        _ source: [UInt8], chain start: UInt32, table: [UInt32], sectorSize: Int, offset: (Int) -> Int, limit: Int
    ) throws(SpreadsheetError) -> [UInt8] {
        var output: [UInt8] = []
        var sector = start
        var visited = [Bool](repeating: false, count: table.count)
        while sector != endOfChain, sector != free, output.count < limit {
            guard Int(sector) < table.count else {
                throw SpreadsheetError(.unreadableContainer, "a sector chain of its compound file is broken")
            }
            guard !visited[Int(sector)] else {
                throw SpreadsheetError(.unreadableContainer, "a sector chain of its compound file loops")
            }
            visited[Int(sector)] = true
            let base = offset(Int(sector))
            guard base >= 0, base < source.count else {
                throw SpreadsheetError(
                    .unreadableContainer, "a sector of its compound file lies past the end of the file")
            }
            // The last sector of a file cut short is read as far as it goes.
            output += source[base..<min(base + sectorSize, source.count)]
            sector = table[Int(sector)]
        }
        return output
    }

    /// The little-endian 16-bit value at `offset` of `bytes`, 0 past the end.
    private static func u16(_ bytes: [UInt8], _ offset: Int) -> UInt16 { bytes[...].le16(at: offset) ?? 0 }

    /// The little-endian 32-bit value at `offset` of `bytes`; past the end, `free` (no sector).
    private static func u32(_ bytes: [UInt8], _ offset: Int) -> UInt32 { bytes[...].le32(at: offset) ?? free }
}
