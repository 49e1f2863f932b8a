/// The words XY files use for a side, as lower-case letters and digits.
enum BoardSideWords {
    private static let top = ["top", "t", "toplayer", "front", "f", "fcu", "no", "n", "0", "component"]
    private static let bottom = ["bottom", "b", "bot", "back", "bcu", "yes", "y", "m", "mirrored", "1", "solder"]
    private static let longTop = ["componentside"]
    private static let longBottom = ["bottomlayer", "solderside"]

    /// Words of up to 8 bytes, keyed by their bytes packed into a UInt64 (first byte most significant).
    static let shortWords: [UInt64: BoardSide] = {
        var words: [UInt64: BoardSide] = [:]
        for (list, side) in [(top, BoardSide.top), (bottom, .bottom)] {
            for word in list { words[word.utf8.reduce(0) { $0 << 8 | UInt64($1) }] = side }
        }
        return words
    }()

    /// Longer words, by their text.
    static let longWords: [String: BoardSide] = Dictionary(
        uniqueKeysWithValues: longTop.map { ($0, BoardSide.top) } + longBottom.map { ($0, .bottom) })
}
