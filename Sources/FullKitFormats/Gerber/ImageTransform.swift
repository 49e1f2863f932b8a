import FullKitCore

/// The image transform of the deprecated RS-274X image parameters: `%AS` axis select, `%MI` mirror image,
/// `%SF` scale factor, `%OF` offset and `%IR` image rotation, applied in that order to the whole image. Old Allegro,
/// Mentor and Protel files set them (a mirrored bottom drawing is `%MIA1B0*%`); the reader applies them to the
/// extent, the outline segments and the pads, and reports each as deprecated.
struct ImageTransform: Equatable {
    var swapsAxes = false
    var mirrorsA = false
    var mirrorsB = false
    var scaleA = 1.0
    var scaleB = 1.0
    var offsetA = 0.0
    var offsetB = 0.0
    /// A multiple of 90 degrees, counterclockwise.
    var rotation = 0

    var isIdentity: Bool { self == ImageTransform() }

    /// Whether the transform turns the image over (an odd number of axis swaps and mirrors): arcs then turn the
    /// other way.
    var flips: Bool {
        let mirrors = (swapsAxes ? 1 : 0) + (mirrorsA ? 1 : 0) + (mirrorsB ? 1 : 0) + (scaleA * scaleB < 0 ? 1 : 0)
        return mirrors % 2 == 1
    }

    /// Reads the value of one image parameter (`name` is `AS`, `MI`, `SF`, `OF` or `IR`) from its text; offsets are
    /// converted to millimetres with `millimetresPerUnit`.
    mutating func read(_ name: String, _ text: String, millimetresPerUnit: Double) {
        func value(after letter: Character) -> Double? {
            guard let start = text.firstIndex(of: letter) else { return nil }
            let digits = text[text.index(after: start)...].prefix { $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" }
            return Double(digits).flatMap { $0.isFinite ? $0 : nil }
        }
        switch name {
        case "AS": swapsAxes = text.hasPrefix("AY")
        case "MI":
            mirrorsA = value(after: "A") == 1
            mirrorsB = value(after: "B") == 1
        case "SF":
            scaleA = value(after: "A") ?? 1
            scaleB = value(after: "B") ?? 1
        case "OF":
            offsetA = (value(after: "A") ?? 0) * millimetresPerUnit
            offsetB = (value(after: "B") ?? 0) * millimetresPerUnit
        case "IR": rotation = ((Int(text) ?? 0) % 360 + 360) % 360
        default: break
        }
    }

    /// Where the point (`x`, `y`) of the file lands in the image.
    func apply(x: Double, y: Double) -> (x: Double, y: Double) {
        var (a, b) = swapsAxes ? (y, x) : (x, y)
        if mirrorsA { a = -a }
        if mirrorsB { b = -b }
        a = a * scaleA + offsetA
        b = b * scaleB + offsetB
        switch rotation {
        case 90: return (-b, a)
        case 180: return (-a, -b)
        case 270: return (b, -a)
        default: return (a, b)
        }
    }

    /// The box that holds `box` once transformed (exact: the transform maps boxes to boxes).
    func apply(to box: Extent) -> Extent {
        let corners = [apply(x: box.minX, y: box.minY), apply(x: box.maxX, y: box.maxY)]
        return Extent(
            minX: min(corners[0].x, corners[1].x), minY: min(corners[0].y, corners[1].y),
            maxX: max(corners[0].x, corners[1].x), maxY: max(corners[0].y, corners[1].y))
    }
}
