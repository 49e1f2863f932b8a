/// The shape of a Gerber aperture, in millimetres about its flash point: a standard aperture (circle, rectangle,
/// obround, regular polygon, each with an optional round hole), a macro's primitives, or a block's objects.
public enum ApertureShape: Sendable, Equatable {
    /// `C`: a circle of `diameter`.
    case circle(diameter: Double, hole: Double)
    /// `R`: a rectangle centred on the flash point.
    case rectangle(width: Double, height: Double, hole: Double)
    /// `O`: a rectangle with semicircular ends on its shorter sides.
    case obround(width: Double, height: Double, hole: Double)
    /// `P`: a regular polygon of `vertices` inscribed in a circle of `diameter`, its first vertex at `rotation` degrees.
    case polygon(diameter: Double, vertices: Int, rotation: Double, hole: Double)
    /// An aperture macro's primitives in order, each dark or clear (a clear one erases within the aperture only).
    case macro([MacroShape])
    /// A block aperture (`%AB`): the objects drawn inside it, relative to its origin.
    case block([ImageObject])

    /// The diameter of its round hole (0 when none).
    public var hole: Double {
        switch self {
        case .circle(_, let hole), .rectangle(_, _, let hole), .obround(_, _, let hole), .polygon(_, _, _, let hole):
            hole
        case .macro, .block: 0
        }
    }
}

extension ApertureShape {
    /// The shape with every length multiplied by `scale`.
    public func scaled(by scale: Double) -> ApertureShape {
        func point(_ point: BoardPoint) -> BoardPoint { BoardPoint(x: point.x * scale, y: point.y * scale) }
        switch self {
        case .circle(let diameter, let hole): return .circle(diameter: diameter * scale, hole: hole * scale)
        case .rectangle(let width, let height, let hole):
            return .rectangle(width: width * scale, height: height * scale, hole: hole * scale)
        case .obround(let width, let height, let hole):
            return .obround(width: width * scale, height: height * scale, hole: hole * scale)
        case .polygon(let diameter, let vertices, let rotation, let hole):
            return .polygon(diameter: diameter * scale, vertices: vertices, rotation: rotation, hole: hole * scale)
        case .macro(let shapes):
            return .macro(
                shapes.map {
                    switch $0 {
                    case .circle(let centre, let diameter, let dark):
                        .circle(centre: point(centre), diameter: diameter * scale, dark: dark)
                    case .polygon(let points, let dark): .polygon(points: points.map(point), dark: dark)
                    }
                })
        case .block(let objects): return .block(objects.map { $0.mapped(point) })
        }
    }
}
