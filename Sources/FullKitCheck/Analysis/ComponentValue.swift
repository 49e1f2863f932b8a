/// A part's value as BOMs and XY files write it (`10k`, `4k7`, `100nF`, `0.1uF`, `2u2`, `10kΩ`, `1R0`, `470µF 16V`),
/// read as a magnitude and, where written, a unit, so that two spellings of one value compare equal. The value is
/// the first word of the cell (a voltage or tolerance after it is not part of it). Anything else (`LED`, `STM32F103`)
/// reads as nil and is compared as text by whoever needs to.
struct ComponentValue: Equatable {
    /// What the unit measures, when the value names one.
    enum Unit: Equatable {
        case farad
        case ohm
        case henry
    }

    /// The value in the unit's base (farads, ohms, henries), or as written when there is no unit.
    let magnitude: Double
    /// The unit, when written (`F`, `Ω`, `ohm`, `R`, `H`).
    let unit: Unit?

    /// Multipliers by prefix letter; `m` and `M` differ, the rest are read in either case.
    private static let prefixes: [Character: Double] = [
        "p": 1e-12, "P": 1e-12, "n": 1e-9, "N": 1e-9, "u": 1e-6, "U": 1e-6, "µ": 1e-6, "μ": 1e-6, "m": 1e-3,
        "k": 1e3, "K": 1e3, "M": 1e6, "G": 1e9, "g": 1e9,
    ]

    /// The value `cell` writes, or nil when it is not a number with an optional prefix and unit.
    init?(_ cell: String) {
        guard let word = cell.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "," || $0 == "_" }).first
        else { return nil }
        var characters = Array(word)
        var unit: Unit?
        // A unit at the end: `F`, `H`, `Ω`, `ohm(s)`; `R` as a unit only after a number or a prefix (`10R`, `1kR`).
        let lowered = String(word).lowercased()
        if lowered.hasSuffix("ohms") {
            characters.removeLast(4)
            unit = .ohm
        } else if lowered.hasSuffix("ohm") {
            characters.removeLast(3)
            unit = .ohm
        } else if let last = characters.last, last == "Ω" || last == "Ω" {
            characters.removeLast()
            unit = .ohm
        } else if let last = characters.last, last == "F" || last == "f" {
            characters.removeLast()
            unit = .farad
        } else if let last = characters.last, last == "H" || last == "h" {
            characters.removeLast()
            unit = .henry
        }
        // Digits; then `.` and digits and an optional prefix (`4.7k`), or a prefix or `R` standing for the decimal
        // point, and digits (`4k7`, `2u2`, `0R1`, `10k`).
        func digits(from start: Int) -> (String, Int) {
            var end = start
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            return (String(characters[start..<end]), end)
        }
        let (integer, afterInteger) = digits(from: 0)
        guard !integer.isEmpty else { return nil }
        var fraction = ""
        var multiplier = 1.0
        var index = afterInteger
        if index < characters.count {
            let marker = characters[index]
            if marker == "." {
                (fraction, index) = digits(from: index + 1)
                if index < characters.count, let prefix = Self.prefixes[characters[index]] {
                    multiplier = prefix
                    index += 1
                }
            } else if marker == "R" || marker == "r" {
                unit = unit ?? .ohm
                (fraction, index) = digits(from: index + 1)
            } else if let prefix = Self.prefixes[marker] {
                multiplier = prefix
                (fraction, index) = digits(from: index + 1)
            } else {
                return nil
            }
        }
        guard index == characters.count, let number = Double(integer + "." + (fraction.isEmpty ? "0" : fraction))
        else { return nil }
        magnitude = number * multiplier
        self.unit = unit
    }

    /// Whether `other` is the same value: the same magnitude (to a part in a million), and the same unit where both
    /// name one.
    func agrees(with other: ComponentValue) -> Bool {
        if let unit, let otherUnit = other.unit, unit != otherUnit { return false }
        let scale = max(abs(magnitude), abs(other.magnitude))
        return abs(magnitude - other.magnitude) <= scale * 1e-6
    }

    /// Whether two values can be compared: the units agree where both name one.
    func isComparable(with other: ComponentValue) -> Bool {
        guard let unit, let otherUnit = other.unit else { return true }
        return unit == otherUnit
    }
}
