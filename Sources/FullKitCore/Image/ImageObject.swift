/// One graphical object of a Gerber image, in millimetres, in the order the file makes them: later objects cover
/// earlier ones, and a clear object erases what lies beneath it.
public enum ImageObject: Sendable, Equatable {
    /// A flash (D03) of aperture `aperture` at `at`, under the aperture transform in force.
    case flash(aperture: Int, at: BoardPoint, transform: ApertureTransform, dark: Bool)
    /// A draw or arc (D01) of aperture `aperture` from `from` by `step`, under the aperture transform in force.
    case stroke(aperture: Int, from: BoardPoint, step: ImageContour.Step, transform: ApertureTransform, dark: Bool)
    /// A region (G36…G37): its contours, each filled.
    case region(contours: [ImageContour], dark: Bool)

    /// Whether it adds to the image (false: it erases, `%LPC`).
    public var isDark: Bool {
        switch self {
        case .flash(_, _, _, let dark), .stroke(_, _, _, _, let dark), .region(_, let dark): dark
        }
    }

    /// The object with its polarity turned over (dark for clear, clear for dark).
    public var inverted: ImageObject {
        switch self {
        case .flash(let code, let at, let transform, let dark):
            .flash(aperture: code, at: at, transform: transform, dark: !dark)
        case .stroke(let code, let from, let step, let transform, let dark):
            .stroke(aperture: code, from: from, step: step, transform: transform, dark: !dark)
        case .region(let contours, let dark):
            .region(contours: contours, dark: !dark)
        }
    }

    /// The object moved by (`dx`, `dy`) mm.
    public func offsetBy(dx: Double, dy: Double) -> ImageObject {
        mapped { BoardPoint(x: $0.x + dx, y: $0.y + dy) }
    }

    /// The object with every position (not the aperture's shape) moved by `move`; arcs turn the other way when
    /// `flips` (a mirroring move).
    public func mapped(flips: Bool = false, _ move: (BoardPoint) -> BoardPoint) -> ImageObject {
        switch self {
        case .flash(let aperture, let at, let transform, let dark):
            .flash(aperture: aperture, at: move(at), transform: transform, dark: dark)
        case .stroke(let aperture, let from, let step, let transform, let dark):
            .stroke(
                aperture: aperture, from: move(from), step: step.mapped(flips: flips, move), transform: transform,
                dark: dark)
        case .region(let contours, let dark):
            .region(contours: contours.map { $0.mapped(flips: flips, move) }, dark: dark)
        }
    }
}
