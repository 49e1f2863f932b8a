/// The words XY files use for a side, as lower-case letters and digits.
enum BoardSideWords {
    private static let words: [(String, BoardSide)] =
        ["top", "t", "toplayer", "front", "f", "fcu", "no", "n", "0", "component", "componentside"].map { ($0, .top) }
        + ["bottom", "b", "bot", "back", "bcu", "yes", "y", "m", "mirrored", "1", "solder", "bottomlayer", "solderside"]
        .map { ($0, .bottom) }

    /// Words of up to 8 bytes, keyed by their bytes packed into a UInt64 (first byte most significant).
    static let shortWords: [UInt64: BoardSide] = Dictionary(uniqueKeysWithValues: words.filter { $0.0.utf8.count <= 8 }.map {
        ($0.0.utf8.reduce(0) { $0 << 8 | UInt64($1) }, $0.1)
    })

    /// Longer words, by their text.
    static let longWords: [String: BoardSide] = Dictionary(uniqueKeysWithValues: words.filter { $0.0.utf8.count > 8 })
}
