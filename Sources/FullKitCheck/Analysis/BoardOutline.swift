import FullKitCore

/// The board as its outline layer draws it: its extent, whether its lines close, and (when they do) its shape. When
/// the layer draws more than the board (a dimension, a title, a frame), the board is the smallest closed contour
/// around the copper, with the closed contours inside it as cut-outs; the rest are drawings.
public struct BoardOutline: Sendable {
    /// The outline layer's display path.
    public var file: String
    /// The outline's extent in millimetres.
    public var extent: Extent
    /// The box of the outline's centre line (its strokes' ends, without their width): where the CAD tool's board edge
    /// and corners are, for an XY file's corner origin. Nil when the outline's lines were not all kept.
    public var centreLine: Extent?
    /// Where the outline's lines fail to meet, nearest ends paired; empty when it closes.
    public var gaps: [OutlineGap]
    /// Lines and arcs the outline layer draws past the most FullKit keeps: when not 0, its shape is not judged.
    public var segmentsNotKept = 0
    /// The lines and arcs kept.
    public var segmentsKept = 0
    /// The closed contours, for telling whether a point lies on the board; nil when the outline is open.
    var shape: BoardShape?
    /// The closed contours inside the board's edge: cut-outs, and holes drawn as circles.
    var cutOuts: [OutlineContour] = []
    /// The strokes of the outline layer that are neither the board's edge nor a cut-out.
    var drawings: [OutlineContour] = []

    /// Slack around the outline, in millimetres: outlines are drawn with a line width, pads reach the edge.
    public var tolerance: Double { Self.tolerance(for: extent) }

    /// The slack around a board of `extent`: 1 mm, or 2 % of its larger side.
    static func tolerance(for extent: Extent) -> Double { max(1.0, 0.02 * max(extent.width, extent.height)) }

    /// How far (`x`, `y`) lies outside the board, in mm, when farther than `slack` (mm): outside the outline's closed
    /// contours when it closes, else outside its extent; nil on the board.
    func placementOutside(x: Double, y: Double, slack: Double) -> Double? {
        var distance = extent.distance(toX: x, y: y)
        if let shape {
            guard shape.isOff(x: x, y: y, tolerance: slack) else { return nil }
            distance = shape.distanceToEdge(x: x, y: y)
        }
        return distance > slack ? distance : nil
    }
}
