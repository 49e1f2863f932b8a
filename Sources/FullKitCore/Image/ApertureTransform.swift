#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The aperture transform of a Gerber graphics state: `%LM` mirroring, `%LR` rotation and `%LS` scaling, applied to
/// every aperture flashed or drawn after them, in that order (Gerber specification §4.9).
public struct ApertureTransform: Sendable, Hashable {
    /// Whether X is mirrored (`%LMX` or `%LMXY`).
    public var mirrorsX = false
    /// Whether Y is mirrored (`%LMY` or `%LMXY`).
    public var mirrorsY = false
    /// Degrees, counterclockwise.
    public var rotation = 0.0
    /// The scale factor.
    public var scale = 1.0

    /// No transform.
    public init() {}

    /// Whether the transform leaves apertures as defined.
    public var isIdentity: Bool { self == ApertureTransform() }

    /// Where the point (`x`, `y`) of an aperture (relative to its flash point) lands once transformed.
    public func apply(x: Double, y: Double) -> (x: Double, y: Double) {
        var (x, y) = (mirrorsX ? -x : x, mirrorsY ? -y : y)
        if rotation != 0 {
            let radians = rotation * .pi / 180
            let (c, s) = (cos(radians), sin(radians))
            (x, y) = (x * c - y * s, x * s + y * c)
        }
        return (x * scale, y * scale)
    }

    /// Whether the transform turns a shape over (one axis mirrored): arcs then turn the other way.
    public var flips: Bool { mirrorsX != mirrorsY }

    /// The box that holds `box` (an aperture around its flash point) once transformed: exact for mirroring, scaling
    /// and quarter turns; for other angles, the box of the turned corners.
    public func apply(to box: Extent) -> Extent {
        guard !isIdentity else { return box }
        var (minX, maxX) = mirrorsX ? (-box.maxX, -box.minX) : (box.minX, box.maxX)
        var (minY, maxY) = mirrorsY ? (-box.maxY, -box.minY) : (box.minY, box.maxY)
        if rotation != 0 {
            let radians = rotation * .pi / 180
            let (c, s) = (cos(radians), sin(radians))
            var turned: Extent?
            for (x, y) in [(minX, minY), (maxX, minY), (maxX, maxY), (minX, maxY)] {
                turned.formUnion(Extent(x: x * c - y * s, y: x * s + y * c))
            }
            (minX, minY, maxX, maxY) = (turned!.minX, turned!.minY, turned!.maxX, turned!.maxY)
        }
        return Extent(minX: minX * scale, minY: minY * scale, maxX: maxX * scale, maxY: maxY * scale)
    }
}
