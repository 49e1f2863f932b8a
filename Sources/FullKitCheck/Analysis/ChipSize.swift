/// The chip sizes a footprint or package name states, as imperial EIA codes: `0603`, `R0603`, `C_0603_1608Metric`,
/// `LED_1608Metric` and `RC0603FR-0710KL` all state 0603. A number of four or five digits standing alone is read as
/// an imperial code when it is one and as a metric code when only that reads (`1608`, `3216`); `0603` and `0402`
/// followed by `Metric` are the metric ones (0201 and 01005). Other numbers (`SOT-23`, `3.2x1.6mm`, `0710`) state
/// no size. Two names agree when they state a size in common; a name that states none is not compared.
struct ChipSize: Equatable {
    /// The imperial codes the name states (usually one; `C_0603_1608Metric` states 0603 twice over).
    let codes: Set<String>

    /// Imperial EIA chip codes.
    private static let imperial: Set<String> = [
        "01005", "0201", "0402", "0603", "0805", "1008", "1206", "1210", "1806", "1812", "2010", "2220", "2512",
    ]

    /// Metric chip codes and the imperial code of the same size.
    private static let metric: [String: String] = [
        "0402": "01005", "0603": "0201", "1005": "0402", "1608": "0603", "2012": "0805", "2520": "1008",
        "3216": "1206", "3225": "1210", "4516": "1806", "4532": "1812", "5025": "2010", "5750": "2220",
        "6332": "2512", "6432": "2512",
    ]

    /// The sizes `name` states, or nil when it states none.
    init?(_ name: String) {
        let characters = Array(name.unicodeScalars)
        var codes = Set<String>()
        var index = 0
        while index < characters.count {
            guard characters[index].properties.numericType != nil, characters[index].isASCII else {
                index += 1
                continue
            }
            let start = index
            while index < characters.count, characters[index].isASCII, characters[index].properties.numericType != nil {
                index += 1
            }
            // A number with a decimal point on either side is a dimension (`3.2`, `1.6`), not a code.
            let afterPoint = start > 0 && (characters[start - 1] == "." || characters[start - 1] == ",")
            let beforePoint = index < characters.count && characters[index] == "."
            let digits = String(String.UnicodeScalarView(characters[start..<index]))
            guard !afterPoint, !beforePoint, digits.count == 4 || digits.count == 5 else { continue }
            let rest = String(String.UnicodeScalarView(characters[index...])).lowercased()
            let saysMetric = rest.hasPrefix("metric") || rest.hasPrefix(" metric") || rest.hasPrefix("_metric")
            if saysMetric, let code = Self.metric[digits] {
                codes.insert(code)
            } else if !saysMetric, Self.imperial.contains(digits) {
                codes.insert(digits)
            } else if let code = Self.metric[digits], !Self.imperial.contains(digits) {
                codes.insert(code)
            }
        }
        guard !codes.isEmpty else { return nil }
        self.codes = codes
    }

    /// Whether the two names state a size in common.
    func agrees(with other: ChipSize) -> Bool { !codes.isDisjoint(with: other.codes) }

    /// The sizes in words: `0603`, or `0603/0805`.
    var description: String { codes.sorted().joined(separator: "/") }
}
