import FullKitCore

/// The words XY files use for a side, as lower-case letters and digits (`F.Cu` is `fcu`, `Component Side` is
/// `componentside`), and what a digit in a side column means.
enum BoardSideWords {
    private static let words: [(String, BoardSide)] =
        ["top", "t", "toplayer", "front", "f", "fcu", "no", "n", "component", "componentside"].map { ($0, .top) }
        + ["bottom", "b", "bot", "back", "bcu", "yes", "y", "m", "mirrored", "solder", "bottomlayer", "solderside"]
        .map { ($0, .bottom) }

    /// What a side column's digits mean, which depends on the column: there is no one reading of `1`.
    enum Numbering {
        /// A mirror flag (`SYM_MIRROR`, `Mirror`): 0 is not mirrored (top), 1 mirrored (bottom).
        case mirrorFlag
        /// MacroFab XYRS `Side`: 1 is top, 2 bottom.
        case macroFab
        /// Digits name no side.
        case none
    }

    /// The side a word of up to eight bytes names, given its bytes packed into a UInt64 (first byte most
    /// significant), or nil; a lone digit is read by `numbering`. Runs for every placement, so it is a probe of a
    /// small table with a multiplicative hash rather than a `Dictionary` lookup (which hashes with SipHash).
    static func side(packed key: UInt64, numbering: Numbering) -> BoardSide? {
        let digit = key &- UInt64(ASCII.zero)  // below 10 only for a lone digit
        if digit < 10 {
            switch (numbering, digit) {
            case (.mirrorFlag, 0), (.macroFab, 1): return .top
            case (.mirrorFlag, 1), (.macroFab, 2): return .bottom
            default: return nil
            }
        }
        let table = shortWords
        var slot = slot(of: key)
        while let entry = table[slot] {
            if entry.key == key { return entry.side }
            slot = (slot + 1) & (shortWordSlots - 1)
        }
        return nil
    }

    /// Longer words, by their text.
    static let longWords: [String: BoardSide] = Dictionary(uniqueKeysWithValues: words.filter { $0.0.utf8.count > 8 })

    /// The table's size: 2^6 slots, for the top six bits of the hash.
    private static let shortWordSlots = 64

    /// Words of up to eight bytes by their packed bytes, at their hash's slot or the next free one after it.
    private static let shortWords: [(key: UInt64, side: BoardSide)?] = {
        var table: [(key: UInt64, side: BoardSide)?] = Array(repeating: nil, count: shortWordSlots)
        for (word, side) in words where word.utf8.count <= 8 {
            let key = word.utf8.reduce(0) { $0 << 8 | UInt64($1) }
            var slot = slot(of: key)
            while table[slot] != nil { slot = (slot + 1) & (shortWordSlots - 1) }
            table[slot] = (key, side)
        }
        return table
    }()

    /// The top six bits of a multiplicative (Fibonacci) hash of `key`.
    private static func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }
}
