import FullKitCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ApertureMacro {
    /// The primitives of the macro evaluated for `arguments`, in the macro's units about the flash point, in order:
    /// circles as circles, every other primitive as a polygon (a thermal's arcs as chords of at most 6°). Rotations
    /// turn each primitive about the macro's origin (Gerber specification §4.5.1).
    func shapes(arguments: [Double]) -> [MacroShape] {
        var variables: [Int: Double] = [:]
        for (index, argument) in arguments.enumerated() { variables[index + 1] = argument }
        var shapes: [MacroShape] = []
        for statement in statements {
            switch statement {
            case .assignment(let variable, let expression):
                variables[variable] = expression.value(variables)
            case .primitive(let code, let expressions):
                shapes += Self.shapes(code: code, expressions.map { $0.value(variables) })
            }
        }
        return shapes
    }

    /// The shapes of one primitive with parameters `p`.
    private static func shapes(code: Int, _ p: [Double]) -> [MacroShape] {
        func at(_ index: Int) -> Double { index < p.count && p[index].isFinite ? p[index] : 0 }
        let dark = at(0) != 0
        switch code {
        case 1:
            let centre = turned(at(2), at(3), by: at(4))
            return [.circle(centre: centre, diameter: abs(at(1)), dark: dark)]
        case 2, 20:
            let (sx, sy, ex, ey, half) = (at(2), at(3), at(4), at(5), abs(at(1)) / 2)
            let length = ((ex - sx) * (ex - sx) + (ey - sy) * (ey - sy)).squareRoot()
            let (nx, ny) = length > 0 ? (-(ey - sy) / length * half, (ex - sx) / length * half) : (0, half)
            return [
                polygon([(sx + nx, sy + ny), (sx - nx, sy - ny), (ex - nx, ey - ny), (ex + nx, ey + ny)], at(6), dark)
            ]
        case 21:
            let (w, h, cx, cy) = (abs(at(1)) / 2, abs(at(2)) / 2, at(3), at(4))
            return [polygon([(cx - w, cy - h), (cx + w, cy - h), (cx + w, cy + h), (cx - w, cy + h)], at(5), dark)]
        case 22:
            let (w, h, x, y) = (abs(at(1)), abs(at(2)), at(3), at(4))
            return [polygon([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], at(5), dark)]
        case 4:
            let count = Int(max(0, min(at(1), Double((p.count - 3) / 2))))
            guard count >= 2 else { return [] }
            return [polygon((0..<count).map { (at(2 + 2 * $0), at(3 + 2 * $0)) }, at(4 + 2 * count), dark)]
        case 5:
            let count = Int(max(3, min(at(1), 12)))
            let (cx, cy, radius) = (at(2), at(3), abs(at(4)) / 2)
            let points = (0..<count).map { vertex -> (Double, Double) in
                let angle = Double(vertex) * 2 * .pi / Double(count)
                return (cx + radius * cos(angle), cy + radius * sin(angle))
            }
            return [polygon(points, at(5), dark)]
        case 6:
            return moire(p, at)
        case 7:
            return thermal(at)
        default:
            return []
        }
    }

    /// A moiré (deprecated): rings from the outside in, then the cross hair; all dark.
    private static func moire(_ p: [Double], _ at: (Int) -> Double) -> [MacroShape] {
        let (cx, cy, rotation) = (at(0), at(1), at(8))
        let centre = turned(cx, cy, by: rotation)
        var shapes: [MacroShape] = []
        var diameter = abs(at(2))
        let (thickness, gap) = (abs(at(3)), abs(at(4)))
        for _ in 0..<Int(max(0, min(at(5), 100))) where diameter > 0 {
            shapes.append(.circle(centre: centre, diameter: diameter, dark: true))
            shapes.append(.circle(centre: centre, diameter: max(diameter - 2 * thickness, 0), dark: false))
            diameter -= 2 * (thickness + gap)
        }
        let (width, length) = (abs(at(6)) / 2, abs(at(7)) / 2)
        if width > 0, length > 0 {
            shapes.append(
                polygon(
                    [
                        (cx - length, cy - width), (cx + length, cy - width), (cx + length, cy + width),
                        (cx - length, cy + width),
                    ], rotation, true))
            shapes.append(
                polygon(
                    [
                        (cx - width, cy - length), (cx + width, cy - length), (cx + width, cy + length),
                        (cx - width, cy + length),
                    ], rotation, true))
        }
        return shapes
    }

    /// A thermal: the ring between the outer and inner diameters less a cross of the gap's width, as four polygons
    /// (dark).
    private static func thermal(_ at: (Int) -> Double) -> [MacroShape] {
        let (cx, cy, outer, inner, gap, rotation) = (
            at(0), at(1), abs(at(2)) / 2, abs(at(3)) / 2, abs(at(4)) / 2, at(5)
        )
        guard outer > inner, outer > gap else { return [] }
        var shapes: [MacroShape] = []
        for quadrant in 0..<4 {
            let base = Double(quadrant) * .pi / 2
            // The outer arc from the gap's edge to the next gap's edge, then the inner arc back (or the corner
            // where the gap's edges meet, when the hole is smaller than the gap).
            let outerStart = asin(min(gap / outer, 1))
            var points: [(Double, Double)] = []
            let steps = 15
            for step in 0...steps {
                let angle = base + outerStart + (.pi / 2 - 2 * outerStart) * Double(step) / Double(steps)
                points.append((cx + outer * cos(angle), cy + outer * sin(angle)))
            }
            if inner > gap * 2.squareRoot() {
                let innerStart = asin(gap / inner)
                for step in (0...steps).reversed() {
                    let angle = base + innerStart + (.pi / 2 - 2 * innerStart) * Double(step) / Double(steps)
                    points.append((cx + inner * cos(angle), cy + inner * sin(angle)))
                }
            } else {
                let (c, s) = (cos(base), sin(base))
                points.append((cx + gap * c - gap * s, cy + gap * s + gap * c))
            }
            shapes.append(polygon(points, rotation, true))
        }
        return shapes
    }

    /// The polygon through `points` turned by `degrees` about the origin.
    private static func polygon(_ points: [(Double, Double)], _ degrees: Double, _ dark: Bool) -> MacroShape {
        .polygon(points: points.map { turned($0.0, $0.1, by: degrees) }, dark: dark)
    }

    /// The point (`x`, `y`) turned by `degrees` counterclockwise about the origin.
    private static func turned(_ x: Double, _ y: Double, by degrees: Double) -> BoardPoint {
        guard degrees != 0 else { return BoardPoint(x: x, y: y) }
        let radians = degrees * .pi / 180
        let (c, s) = (cos(radians), sin(radians))
        return BoardPoint(x: x * c - y * s, y: x * s + y * c)
    }
}
