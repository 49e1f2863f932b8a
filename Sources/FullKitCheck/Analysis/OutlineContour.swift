import FullKitCore

/// One connected stroke of an outline layer: segments that meet end to end. It is closed when every end point meets
/// another (a board edge, a cut-out, a hole drawn as a circle); open otherwise (a dimension line, text, a broken edge).
struct OutlineContour: Sendable {
    /// Its segments, in millimetres.
    var segments: [Segment]
    /// Whether every end point meets another.
    var isClosed: Bool
    /// The box around it.
    var extent: Extent

    /// The area of its box, for telling the outermost of several contours.
    var boxArea: Double { extent.width * extent.height }

    /// Whether it is a circle drawn about (`x`, `y`) (at least eight segments, as arcs become chords of at most 10°,
    /// every end point as far from the centre as the others, to 5 %): a hole drawn on the outline layer, at the centre
    /// of which a drill hit is the hole itself.
    func isCircle(around x: Double, _ y: Double) -> Bool {
        let size = max(extent.width, extent.height)
        guard isClosed, segments.count >= 8, size > 0 else { return false }
        let (centerX, centerY) = ((extent.minX + extent.maxX) / 2, (extent.minY + extent.maxY) / 2)
        guard abs(centerX - x) <= max(0.1, 0.05 * size), abs(centerY - y) <= max(0.1, 0.05 * size) else { return false }
        let radius = size / 2
        return segments.allSatisfy { segment in
            let distance =
                ((segment.startX - centerX) * (segment.startX - centerX)
                + (segment.startY - centerY) * (segment.startY - centerY)).squareRoot()
            return abs(distance - radius) <= 0.05 * radius
        }
    }
}
