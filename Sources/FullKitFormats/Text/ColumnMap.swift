import FullKitCore

/// Where each recognised column sits in a header row, and the unit a header names (`Center-X(mm)`).
public struct ColumnMap: Sendable {
    /// The column index of each recognised kind.
    public var columns: [ColumnKind: Int] = [:]
    /// The unit named in the X or Y header, e.g. `(mil)`.
    public var statedUnit: LengthUnit?
    /// Every column that holds a part number (a BOM may have several: MPN, Digi-Key, LCSC …), in order.
    public var partNumberColumns: [Int] = []

    /// Matches header `names` against the synonym table; the best synonym wins when two columns match one kind.
    public init(headers names: [String]) {
        var rank: [ColumnKind: Int] = [:]
        for (index, raw) in names.enumerated() {
            let (name, unit) = Self.normalise(raw)
            if ColumnKind.partNumber.synonyms.contains(name) || Self.isVariantPartNumber(name) {
                partNumberColumns.append(index)
            }
            for kind in ColumnKind.allCases {
                guard let position = kind.synonyms.firstIndex(of: name) else { continue }
                if position < rank[kind, default: Int.max] {
                    rank[kind] = position
                    columns[kind] = index
                    if kind == .x || kind == .y, let unit { statedUnit = unit }
                }
            }
        }
    }

    /// Stems that name a part-number column whatever follows them: a variant or a second source
    /// (`Part Number_DiffMode`, `MPN 2`, `Manufacturer Part Number (Alt)`).
    private static let partNumberStems = ["partnumber", "mpn", "manufacturerpartnumber", "mfrpartnumber", "lcscpart"]

    /// Whether `name` (normalised) is a part-number stem followed by a variant's name or number.
    private static func isVariantPartNumber(_ name: String) -> Bool {
        partNumberStems.contains { name.hasPrefix($0) && name.count > $0.count }
    }

    /// A header name lower-cased with only letters and digits, its parenthesised unit split off.
    static func normalise(_ raw: String) -> (name: String, unit: LengthUnit?) {
        var name = ""
        var unitText = ""
        var depth = 0
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "(", "（", "[": depth += 1
            case ")", "）", "]": depth = max(depth - 1, 0)
            default:
                let lower = scalar.properties.lowercaseMapping
                guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { continue }
                if depth == 0 { name += lower } else { unitText += lower }
            }
        }
        let unit: LengthUnit? =
            switch unitText {
            case "mm": .millimeter
            case "mil", "mils", "thou": .mil
            case "in", "inch", "inches": .inch
            default: nil
            }
        return (name, unit)
    }
}
