extension StringProtocol {
    /// The text without leading and trailing `character`s (`" R1 "` → `"R1"` for a space).
    package func trimming(_ character: Character) -> String {
        var text = self[...]
        while text.first == character { text.removeFirst() }
        while text.last == character { text.removeLast() }
        return String(text)
    }
}
