import FullKitCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Aperture shapes as SVG subpaths: a flash of each shape, the outline a rectangle sweeps along a draw, and the line
/// width another aperture draws with.
enum SVGApertureShapes {
    /// Chords per half circle of an obround's ends.
    static let chordsPerHalfCircle = 16

    /// Adds a flash of `shape` at `at` under `transform` to `path`. A macro's clear primitive is written turned the
    /// other way, as a hole: under the nonzero rule it opens the aperture where the macro drew once before it, and
    /// leaves what other objects of the path cover (P-CAD's pads with an offset hole). Where two dark primitives of
    /// the macro overlap, one clear primitive does not open them: the one approximation of the drawing.
    static func flash(_ shape: ApertureShape, at: BoardPoint, transform: ApertureTransform, into path: inout SVGPath) {
        func place(_ x: Double, _ y: Double) -> BoardPoint {
            let turned = transform.apply(x: x, y: y)
            return BoardPoint(x: at.x + turned.x, y: at.y + turned.y)
        }
        switch shape {
        case .circle(let diameter, _):
            path.circle(at, radius: diameter / 2 * transform.scale)
        case .rectangle(let width, let height, _):
            let (w, h) = (width / 2, height / 2)
            path.polygon([place(-w, -h), place(w, -h), place(w, h), place(-w, h)])
        case .obround(let width, let height, _):
            path.polygon(obround(width: width, height: height).map { place($0.x, $0.y) })
        case .polygon(let diameter, let vertices, let rotation, _):
            path.polygon(
                (0..<vertices).map { vertex in
                    let angle = (rotation + Double(vertex) * 360 / Double(vertices)) * .pi / 180
                    return place(diameter / 2 * cos(angle), diameter / 2 * sin(angle))
                })
        case .macro(let shapes):
            for shape in shapes {
                switch shape {
                case .circle(let centre, let diameter, let dark):
                    path.circle(place(centre.x, centre.y), radius: diameter / 2 * transform.scale, hole: !dark)
                case .polygon(let points, let dark):
                    path.polygon(points.map { place($0.x, $0.y) }, hole: !dark)
                }
            }
        case .block:
            break  // Flattened before drawing.
        }
        if shape.hole > 0 { path.circle(at, radius: shape.hole / 2 * transform.scale, hole: true) }
    }

    /// An obround of `width` × `height` about the origin: two half circles on its shorter sides, as chords.
    static func obround(width: Double, height: Double) -> [BoardPoint] {
        let radius = min(width, height) / 2
        let (reachX, reachY) = (width / 2 - radius, height / 2 - radius)
        var points: [BoardPoint] = []
        // Each end's half circle, counterclockwise: the right (or top) end, then the left (or bottom).
        let ends: [(x: Double, y: Double, start: Double)] =
            width >= height ? [(reachX, 0, -.pi / 2), (-reachX, 0, .pi / 2)] : [(0, reachY, 0), (0, -reachY, .pi)]
        for end in ends {
            for step in 0...chordsPerHalfCircle {
                let angle = end.start + .pi * Double(step) / Double(chordsPerHalfCircle)
                points.append(BoardPoint(x: end.x + radius * cos(angle), y: end.y + radius * sin(angle)))
            }
        }
        return points
    }

    /// The outline a `width` × `height` rectangle sweeps from `from` to `to`: the convex hull of its corners at both
    /// ends.
    static func sweptRectangle(width: Double, height: Double, from: BoardPoint, to: BoardPoint) -> [BoardPoint] {
        let (w, h) = (width / 2, height / 2)
        var corners: [BoardPoint] = []
        for end in [from, to] {
            for (dx, dy) in [(-w, -h), (w, -h), (w, h), (-w, h)] {
                corners.append(BoardPoint(x: end.x + dx, y: end.y + dy))
            }
        }
        return convexHull(corners)
    }

    /// The width a draw with `shape` leaves: a circle's diameter; for the shapes the specification does not allow to
    /// draw, their smaller side.
    static func strokeWidth(_ shape: ApertureShape) -> Double {
        switch shape {
        case .circle(let diameter, _): diameter
        case .rectangle(let width, let height, _), .obround(let width, let height, _): min(width, height)
        case .polygon(let diameter, _, _, _): diameter
        case .macro, .block: 0
        }
    }

    /// The convex hull of `points`, counterclockwise (Andrew's monotone chain).
    static func convexHull(_ points: [BoardPoint]) -> [BoardPoint] {
        let sorted = points.sorted { ($0.x, $0.y) < ($1.x, $1.y) }
        guard sorted.count > 2 else { return sorted }
        func cross(_ o: BoardPoint, _ a: BoardPoint, _ b: BoardPoint) -> Double {
            (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
        }
        var lower: [BoardPoint] = []
        for point in sorted {
            while lower.count >= 2, cross(lower[lower.count - 2], lower[lower.count - 1], point) <= 0 {
                lower.removeLast()
            }
            lower.append(point)
        }
        var upper: [BoardPoint] = []
        for point in sorted.reversed() {
            while upper.count >= 2, cross(upper[upper.count - 2], upper[upper.count - 1], point) <= 0 {
                upper.removeLast()
            }
            upper.append(point)
        }
        return Array(lower.dropLast() + upper.dropLast())
    }
}
