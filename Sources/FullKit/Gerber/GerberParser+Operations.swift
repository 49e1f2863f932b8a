#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Operations: draws, arcs and flashes, and the extent they cover.
extension GerberParser {
    mutating func perform(_ operation: Int, toX newX: Double, y newY: Double, i: Double, j: Double, at offset: Int) {
        switch operation {
        case 1:
            if inRegion {
                regionHasSegments = true
                include(x: newX, y: newY, margin: 0)
                if interpolation != .linear { includeArc(toX: newX, y: newY, i: i, j: j, margin: 0) }
            } else {
                guard requireAperture(at: offset) else { break }
                let radius = (apertureRadius[currentAperture!] ?? 0) * apertureScale
                include(x: x, y: y, margin: radius)
                include(x: newX, y: newY, margin: radius)
                if interpolation == nil {
                    issue(.gerberNoInterpolationMode, at: offset, "D01 before any G01/G02/G03; linear is assumed")
                }
                if recordsSegments, document.segments.count < Self.maximumSegments {
                    document.segments.append(Segment(startX: x, startY: y, endX: newX, endY: newY))
                }
                if interpolation == .linear || interpolation == nil {
                    document.drawCount += 1
                } else {
                    document.arcCount += 1
                    includeArc(toX: newX, y: newY, i: i, j: j, margin: radius)
                }
            }
        case 3:
            guard !inRegion else {
                issue(.gerberFlashInRegion, at: offset, "D03 (flash) inside a region")
                break
            }
            guard requireAperture(at: offset) else { break }
            document.flashCount += 1
            include(x: newX, y: newY, margin: (apertureRadius[currentAperture!] ?? 0) * apertureScale)
        default:
            break
        }
        x = newX
        y = newY
    }

    private mutating func requireAperture(at offset: Int) -> Bool {
        guard currentAperture != nil else {
            issue(.gerberNoAperture, at: offset, "a draw or flash before any aperture is selected")
            return false
        }
        return true
    }

    private mutating func include(x: Double, y: Double, margin: Double) {
        extent.formUnion(Extent(x: x, y: y, margin: margin))
    }

    /// Includes the arc from the current point to (`endX`, `endY`) around centre offset (`i`, `j`).
    private mutating func includeArc(toX endX: Double, y endY: Double, i: Double, j: Double, margin: Double) {
        guard multiQuadrant else { return }  // Single-quadrant arcs span at most 90°: the endpoints bound them closely.
        let centerX = x + i
        let centerY = y + j
        let radius = ((x - centerX) * (x - centerX) + (y - centerY) * (y - centerY)).squareRoot()
        guard radius > 0 else { return }
        let start = angle(x - centerX, y - centerY)
        var end = angle(endX - centerX, endY - centerY)
        let clockwise = interpolation == .clockwise
        // Sweep counterclockwise from `from` to `to`; a clockwise arc is the counterclockwise one reversed.
        let from = clockwise ? end : start
        end = clockwise ? start : end
        if end <= from { end += 360 }
        if abs(endX - x) < 1e-12, abs(endY - y) < 1e-12 { end = from + 360 }
        for quadrant in 0..<8 {
            let axisAngle = Double(quadrant) * 90
            guard axisAngle > from, axisAngle < end else { continue }
            switch quadrant % 4 {
            case 0: include(x: centerX + radius, y: centerY, margin: margin)
            case 1: include(x: centerX, y: centerY + radius, margin: margin)
            case 2: include(x: centerX - radius, y: centerY, margin: margin)
            default: include(x: centerX, y: centerY - radius, margin: margin)
            }
        }
    }

    private func angle(_ dx: Double, _ dy: Double) -> Double {
        var degrees = atan2(dy, dx) * 180 / .pi
        if degrees < 0 { degrees += 360 }
        return degrees
    }
}
