import FullKitCore

/// The number format Allegro writes beside its drill files in `nc_param.txt` (`INTEGER-PLACES 3`,
/// `DECIMAL-PLACES 5`, `OUTPUT-UNITS ENGLISH|METRIC`, `SUPPRESS-LEAD-ZEROES`, `SUPPRESS-TRAIL-ZEROES`): the drill
/// file itself states none of it.
public struct DrillParameters: Sendable, Hashable {
    /// `OUTPUT-UNITS`: inch (ENGLISH) or millimetre (METRIC), when stated.
    public var unit: LengthUnit?
    /// `INTEGER-PLACES`: digits before the implied decimal point.
    public var integerDigits: Int?
    /// `DECIMAL-PLACES`: digits after the implied decimal point.
    public var decimalDigits: Int?
    /// true: leading zeros kept (trailing suppressed or none suppressed); false: leading zeros suppressed.
    public var keepsLeadingZeros: Bool?

    /// Parameters that state `keepsLeadingZeros` and nothing else (the rest as the drill file says).
    public init(keepsLeadingZeros: Bool? = nil) {
        self.keepsLeadingZeros = keepsLeadingZeros
    }

    /// Reads `nc_param.txt`; nil when it states neither unit nor digits.
    public static func read(_ bytes: [UInt8]) -> DrillParameters? {
        var parameters = DrillParameters()
        for line in String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count >= 2 else { continue }
            let value = String(words[1])
            switch words[0] {
            case "INTEGER-PLACES": parameters.integerDigits = Int(value)
            case "DECIMAL-PLACES": parameters.decimalDigits = Int(value)
            case "OUTPUT-UNITS": parameters.unit = value == "METRIC" ? .millimeter : value == "ENGLISH" ? .inch : nil
            case "SUPPRESS-LEAD-ZEROES": if value == "YES" { parameters.keepsLeadingZeros = false }
            case "SUPPRESS-TRAIL-ZEROES": if value == "YES" { parameters.keepsLeadingZeros = true }
            default: break
            }
        }
        if parameters.keepsLeadingZeros == nil, parameters.integerDigits != nil { parameters.keepsLeadingZeros = true }
        return parameters.unit == nil && parameters.integerDigits == nil ? nil : parameters
    }
}
