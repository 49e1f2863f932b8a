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
                include(x: x, y: y, box: currentBox)
                include(x: newX, y: newY, box: currentBox)
                if interpolation == nil {
                    issue(.gerberNoInterpolationMode, at: offset, "D01 before any G01/G02/G03; linear is assumed")
                }
                if recordsSegments {
                    recordSegments(toX: newX, y: newY, i: i, j: j)
                }
                if interpolation == .linear || interpolation == nil {
                    document.drawCount += 1
                } else {
                    document.arcCount += 1
                    includeArc(toX: newX, y: newY, i: i, j: j, margin: currentReach)
                }
            }
        case 3:
            guard !inRegion else {
                issue(.gerberFlashInRegion, at: offset, "D03 (flash) inside a region")
                break
            }
            guard requireAperture(at: offset) else { break }
            document.flashCount += 1
            include(x: newX, y: newY, box: currentBox)
            recordPad(x: newX, y: newY)
        default:
            break
        }
        x = newX
        y = newY
    }

    /// Keeps the draw or arc from the current point for the outline's contours. A multi-quadrant arc becomes chords
    /// of at most 10° (off the true arc by under 0.4 % of its radius); a single-quadrant (deprecated) arc, its chord.
    private mutating func recordSegments(toX endX: Double, y endY: Double, i: Double, j: Double) {
        guard document.segments.count < Self.maximumSegments else { return }
        guard interpolation == .clockwise || interpolation == .counterclockwise, multiQuadrant,
            let sweep = arcSweep(toX: endX, y: endY, i: i, j: j)
        else {
            document.segments.append(Segment(startX: x, startY: y, endX: endX, endY: endY))
            return
        }
        let (centerX, centerY) = (x + i, y + j)
        let radius = (i * i + j * j).squareRoot()
        let start = atan2(y - centerY, x - centerX)
        let steps = max(1, Int((abs(sweep) / 10).rounded(.up)))
        var (fromX, fromY) = (x, y)
        for step in 1...steps {
            let (toX, toY): (Double, Double)
            if step == steps {
                (toX, toY) = (endX, endY)
            } else {
                let angle = start + sweep * .pi / 180 * Double(step) / Double(steps)
                (toX, toY) = (centerX + radius * cos(angle), centerY + radius * sin(angle))
            }
            document.segments.append(Segment(startX: fromX, startY: fromY, endX: toX, endY: toY))
            (fromX, fromY) = (toX, toY)
        }
    }

    /// The signed sweep in degrees (positive counterclockwise) of the multi-quadrant arc from the current point to
    /// (`endX`, `endY`) around the centre offset (`i`, `j`); a full circle when the ends meet. Nil for a zero radius.
    private func arcSweep(toX endX: Double, y endY: Double, i: Double, j: Double) -> Double? {
        guard i != 0 || j != 0, i.isFinite, j.isFinite else { return nil }
        let (centerX, centerY) = (x + i, y + j)
        var sweep = angle(endX - centerX, endY - centerY) - angle(x - centerX, y - centerY)
        if abs(endX - x) < 1e-12, abs(endY - y) < 1e-12 { sweep = 360 }
        if interpolation == .counterclockwise {
            if sweep <= 0 { sweep += 360 }
        } else {
            if sweep >= 0 { sweep -= 360 }
        }
        return sweep
    }

    /// Keeps a flash of a copper or paste layer that X2 marks as a pad: by its aperture's `.AperFunction` or the
    /// `%TO.C` component it belongs to.
    @inline(__always)
    private mutating func recordPad(x: Double, y: Double) {
        guard objectDesignator != nil || currentPadFunction != nil, document.pads.count < Self.maximumPads else { return }
        document.pads.append(Pad(x: x, y: y, designator: objectDesignator, function: currentPadFunction))
    }

    private mutating func requireAperture(at offset: Int) -> Bool {
        guard currentAperture != nil else {
            issue(.gerberNoAperture, at: offset, "a draw or flash before any aperture is selected")
            return false
        }
        return true
    }

    @inline(__always)
    private mutating func include(x: Double, y: Double, margin: Double) {
        minX = min(minX, x - margin)
        minY = min(minY, y - margin)
        maxX = max(maxX, x + margin)
        maxY = max(maxY, y + margin)
    }

    /// Includes the aperture box `box` placed at (`x`, `y`).
    @inline(__always)
    private mutating func include(x: Double, y: Double, box: Extent) {
        minX = min(minX, x + box.minX)
        minY = min(minY, y + box.minY)
        maxX = max(maxX, x + box.maxX)
        maxY = max(maxY, y + box.maxY)
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
