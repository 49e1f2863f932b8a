/// A closed contour of a Gerber region (G36…G37), or the path of a draw: a start point and straight or circular
/// steps, in millimetres.
public struct ImageContour: Sendable, Equatable {
    /// One step from the current point.
    public enum Step: Sendable, Equatable {
        /// A straight line to `to`.
        case line(to: BoardPoint)
        /// A circular arc to `to` about `centre`; a full circle when `to` is the current point.
        case arc(to: BoardPoint, centre: BoardPoint, clockwise: Bool)

        /// Where the step ends.
        public var end: BoardPoint {
            switch self {
            case .line(let to), .arc(let to, _, _): to
            }
        }

        /// The step with its points moved by `move`; an arc turns the other way when `flips` (a mirroring move).
        public func mapped(flips: Bool = false, _ move: (BoardPoint) -> BoardPoint) -> Step {
            switch self {
            case .line(let to): .line(to: move(to))
            case .arc(let to, let centre, let clockwise):
                .arc(to: move(to), centre: move(centre), clockwise: clockwise != flips)
            }
        }
    }

    /// Where it starts.
    public var start: BoardPoint
    /// Its steps, in order.
    public var steps: [Step]

    /// A contour from `start` through `steps`.
    public init(start: BoardPoint, steps: [Step] = []) {
        self.start = start
        self.steps = steps
    }

    /// The contour with its points moved by `move`; arcs turn the other way when `flips` (a mirroring move).
    public func mapped(flips: Bool = false, _ move: (BoardPoint) -> BoardPoint) -> ImageContour {
        ImageContour(start: move(start), steps: steps.map { $0.mapped(flips: flips, move) })
    }
}
