/// The shared string table of a BIFF8 workbook (the `SST` record and its `CONTINUE` records). A string's characters
/// may be split across records; each continuation then starts with a flags byte that says whether the rest is
/// 8-bit or UTF-16. Rich-text runs and phonetic data are skipped. Reading stops, keeping what it has, where the data
/// ends early.
enum BIFFSharedStrings {
    /// The strings of the table whose first record's data is `first` and whose continuations are `continuations`.
    static func read(_ first: ArraySlice<UInt8>, continuations: [ArraySlice<UInt8>]) -> [String] {
        var cursor = SegmentCursor(segments: [first] + continuations)
        guard cursor.skip(4), let unique = cursor.u32() else { return [] }
        var strings: [String] = []
        strings.reserveCapacity(Int(min(unique, 65_536)))
        while strings.count < Int(unique), let count = cursor.u16(), let flags = cursor.byte() {
            let runs = flags & 0x08 != 0 ? cursor.u16() : 0
            let extended = flags & 0x04 != 0 ? cursor.u32() : 0
            guard let runs, let extended,
                let text = cursor.characters(Int(count), wide: flags & 0x01 != 0),
                cursor.skip(4 * Int(runs) + Int(extended))
            else { break }
            strings.append(text)
        }
        return strings
    }

    /// A read position over record data split into segments (a record and its continuations).
    private struct SegmentCursor {
        let segments: [ArraySlice<UInt8>]
        var segment = 0
        var index: Int

        init(segments: [ArraySlice<UInt8>]) {
            self.segments = segments
            index = segments.first?.startIndex ?? 0
        }

        /// Moves into the next segment when the current one is used up; false at the end of the data.
        private mutating func settle() -> Bool {
            while segment < segments.count, index >= segments[segment].endIndex {
                segment += 1
                if segment < segments.count { index = segments[segment].startIndex }
            }
            return segment < segments.count
        }

        mutating func byte() -> UInt8? {
            guard settle() else { return nil }
            defer { index += 1 }
            return segments[segment][index]
        }

        mutating func u16() -> UInt16? {
            guard let low = byte(), let high = byte() else { return nil }
            return UInt16(low) | UInt16(high) << 8
        }

        mutating func u32() -> UInt32? {
            guard let low = u16(), let high = u16() else { return nil }
            return UInt32(low) | UInt32(high) << 16
        }

        /// Skips `count` bytes, across segments; false when the data ends first.
        mutating func skip(_ count: Int) -> Bool {
            var remaining = count
            while remaining > 0 {
                guard settle() else { return false }
                let step = min(remaining, segments[segment].endIndex - index)
                index += step
                remaining -= step
            }
            return true
        }

        /// `count` characters, 8-bit (Latin-1) or UTF-16LE as `wide` says; where they run into the next segment,
        /// that segment's first byte says anew whether the rest is wide. Nil when the data ends first.
        mutating func characters(_ count: Int, wide: Bool) -> String? {
            var wide = wide
            var units: [UInt16] = []
            units.reserveCapacity(count)
            while units.count < count {
                guard segment < segments.count else { return nil }
                let data = segments[segment]
                if index >= data.endIndex {
                    segment += 1
                    guard segment < segments.count, !segments[segment].isEmpty else { return nil }
                    index = segments[segment].startIndex
                    wide = segments[segment][index] & 0x01 != 0
                    index += 1
                    continue
                }
                if wide {
                    guard index + 2 <= data.endIndex else { return nil }
                    units.append(UInt16(data[index]) | UInt16(data[index + 1]) << 8)
                    index += 2
                } else {
                    units.append(UInt16(data[index]))
                    index += 1
                }
            }
            return String(decoding: units, as: UTF16.self)
        }
    }
}
