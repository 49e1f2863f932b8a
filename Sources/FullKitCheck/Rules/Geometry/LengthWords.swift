import FullKitCore

/// Lengths and boxes in words for the geometry rules' messages, rounded to 0.01 mm.
enum LengthWords {
    /// `value` mm in words, e.g. "1.25 mm".
    static func millimetres(_ value: Double) -> String { "\((value * 100).rounded() / 100) mm" }

    /// A box in words, e.g. "x 0.0…52.07, y 0.0…77.14 mm".
    static func box(_ extent: Extent) -> String {
        "x \((extent.minX * 100).rounded() / 100)…\((extent.maxX * 100).rounded() / 100), y \((extent.minY * 100).rounded() / 100)…\((extent.maxY * 100).rounded() / 100) mm"
    }
}
