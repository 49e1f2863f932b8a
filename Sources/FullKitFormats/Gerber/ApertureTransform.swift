import FullKitCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The aperture transform of the graphics state: `%LM` mirroring, `%LR` rotation and `%LS` scaling, applied to every
/// aperture flashed or drawn after them, in that order (Gerber specification §4.9).
struct ApertureTransform: Equatable {
    var mirrorsX = false
    var mirrorsY = false
    /// Degrees, counterclockwise.
    var rotation = 0.0
    var scale = 1.0

    /// The box that holds `box` (an aperture around its flash point) once transformed: exact for mirroring, scaling
    /// and quarter turns; for other angles, the box of the turned corners.
    func apply(to box: Extent) -> Extent {
        guard self != ApertureTransform() else { return box }
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
