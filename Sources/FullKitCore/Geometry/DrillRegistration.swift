/// How a drill file's holes sit on the copper's flashes: as written, and, when few land on one, under the shift or
/// scale that puts most of them there. A plated hole is drilled through a pad or a via's land, so the holes of the
/// right drill file coincide with flashes of the outer copper; a file from another origin, in another unit or read
/// with the wrong number of digits is off them in a way one shift or one scale explains.
public struct DrillRegistration: Sendable, Hashable, Codable {
    /// The drill file.
    public var file: String
    /// Holes sampled (the first of every stride, up to `sample`).
    public var sampled: Int
    /// Of those, how many lie on a flash as written.
    public var onPads: Int
    /// What puts the holes on the pads when they are off them as written.
    public enum Correction: Sendable, Hashable, Codable {
        /// Moved by (dx, dy) mm: the drill file has another origin.
        case shift(dx: Double, dy: Double)
        /// Scaled about (0, 0): another unit (25.4, 1/25.4) or another count of integer digits (10, 100, 0.1, 0.01)
        /// than the file states.
        case scale(Double)
        /// Scaled by a power of ten about (0, 0), in a file that states no number format: the pads decide the
        /// format the file left open, and the holes are read so.
        case format(Double)
    }

    /// The correction that registers them, when the holes as written are off the pads and one does.
    public var correction: Correction?
    /// Of the sampled holes, how many lie on a flash under the correction.
    public var onPadsCorrected: Int?

    /// A registration of `file`: `onPads` of `sampled` holes on a flash as written, and the correction found.
    public init(
        file: String, sampled: Int, onPads: Int, correction: Correction? = nil, onPadsCorrected: Int? = nil
    ) {
        self.file = file
        self.sampled = sampled
        self.onPads = onPads
        self.correction = correction
        self.onPadsCorrected = onPadsCorrected
    }
}
