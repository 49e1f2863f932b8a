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
}
