import FullKitCore

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
                if recordsFlashes {
                    regionBox.formUnion(Extent(x: x, y: y))
                    regionBox.formUnion(Extent(x: newX, y: newY))
                }
                if interpolation != .linear { includeArc(toX: newX, y: newY, i: i, j: j, margin: 0) }
                if image != nil { image!.add(step(toX: newX, y: newY, i: i, j: j), from: BoardPoint(x: x, y: y)) }
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
                if image != nil, let code = currentAperture {
                    image!.append(
                        .stroke(
                            aperture: code, from: BoardPoint(x: x, y: y), step: step(toX: newX, y: newY, i: i, j: j),
                            transform: apertureTransform, dark: !clearPolarity))
                }
            }
        case 2:
            if inRegion, image != nil { image!.move(to: BoardPoint(x: newX, y: newY)) }
        case 3:
            guard !inRegion else {
                issue(.gerberFlashInRegion, at: offset, "D03 (flash) inside a region")
                break
            }
            guard requireAperture(at: offset) else { break }
            document.flashCount += 1
            include(x: newX, y: newY, box: currentBox)
            recordPad(x: newX, y: newY)
            if image != nil, let code = currentAperture {
                image!.append(
                    .flash(
                        aperture: code, at: BoardPoint(x: newX, y: newY), transform: apertureTransform,
                        dark: !clearPolarity))
            }
        default:
            break
        }
        x = newX
        y = newY
    }

    /// Keeps the draw or arc from the current point for the outline's contours. An arc becomes chords of at most 10°
    /// (off the true arc by under 0.4 % of its radius).
    private mutating func recordSegments(toX endX: Double, y endY: Double, i: Double, j: Double) {
        guard document.segments.count < Self.maximumSegments else {
            document.segmentsNotKept += 1
            return
        }
        guard interpolation == .clockwise || interpolation == .counterclockwise,
            let arc = arc(toX: endX, y: endY, i: i, j: j)
        else {
            document.segments.append(Segment(startX: x, startY: y, endX: endX, endY: endY))
            return
        }
        let start = atan2(y - arc.centerY, x - arc.centerX)
        let steps = max(1, Int((abs(arc.sweep) / 10).rounded(.up)))
        var (fromX, fromY) = (x, y)
        for step in 1...steps {
            let (toX, toY): (Double, Double)
            if step == steps {
                (toX, toY) = (endX, endY)
            } else {
                let angle = start + arc.sweep * .pi / 180 * Double(step) / Double(steps)
                (toX, toY) = (arc.centerX + arc.radius * cos(angle), arc.centerY + arc.radius * sin(angle))
            }
            document.segments.append(Segment(startX: fromX, startY: fromY, endX: toX, endY: toY))
            (fromX, fromY) = (toX, toY)
        }
    }

    /// The step of a D01 from the current point to (`endX`, `endY`): an arc about its centre in circular
    /// interpolation (a line when the arc has no circle), else a line.
    private func step(toX endX: Double, y endY: Double, i: Double, j: Double) -> ImageContour.Step {
        let end = BoardPoint(x: endX, y: endY)
        guard interpolation == .clockwise || interpolation == .counterclockwise,
            let arc = arc(toX: endX, y: endY, i: i, j: j), arc.radius > 0
        else { return .line(to: end) }
        return .arc(to: end, centre: BoardPoint(x: arc.centerX, y: arc.centerY), clockwise: arc.sweep < 0)
    }

    /// The circle and signed sweep in degrees (positive counterclockwise) of the arc from the current point to
    /// (`endX`, `endY`). Multi-quadrant (G75): the centre is the current point plus (`i`, `j`), and meeting ends
    /// make a full circle. Single-quadrant (G74, deprecated): `i` and `j` are unsigned, and the centre is the one of
    /// the four candidates from which the arc turns the right way by at most 90° with equal radii. Nil when there is
    /// no such circle.
    private func arc(toX endX: Double, y endY: Double, i: Double, j: Double) -> (
        centerX: Double, centerY: Double, radius: Double, sweep: Double
    )? {
        guard i.isFinite, j.isFinite, i != 0 || j != 0 else { return nil }
        let clockwise = interpolation == .clockwise
        func sweep(_ centerX: Double, _ centerY: Double, fullCircle: Bool) -> Double {
            if fullCircle, abs(endX - x) < 1e-12, abs(endY - y) < 1e-12 { return clockwise ? -360 : 360 }
            var sweep = angle(endX - centerX, endY - centerY) - angle(x - centerX, y - centerY)
            if clockwise {
                if sweep >= 0 { sweep -= 360 }
            } else if sweep <= 0 {
                sweep += 360
            }
            return sweep
        }
        if multiQuadrant {
            let (centerX, centerY) = (x + i, y + j)
            return (centerX, centerY, (i * i + j * j).squareRoot(), sweep(centerX, centerY, fullCircle: true))
        }
        var best: (centerX: Double, centerY: Double, radius: Double, sweep: Double)?
        var bestMismatch = Double.infinity
        for (signX, signY) in [(1.0, 1.0), (1.0, -1.0), (-1.0, 1.0), (-1.0, -1.0)] {
            let (centerX, centerY) = (x + signX * abs(i), y + signY * abs(j))
            let turn = sweep(centerX, centerY, fullCircle: false)
            guard abs(turn) <= 90.5 else { continue }
            let startRadius = ((x - centerX) * (x - centerX) + (y - centerY) * (y - centerY)).squareRoot()
            let endRadius = ((endX - centerX) * (endX - centerX) + (endY - centerY) * (endY - centerY)).squareRoot()
            if abs(startRadius - endRadius) < bestMismatch {
                bestMismatch = abs(startRadius - endRadius)
                best = (centerX, centerY, startRadius, turn)
            }
        }
        return best
    }

    /// Keeps a flash that X2 marks as a pad (by its aperture's `.AperFunction` or the `%TO.C` component it belongs
    /// to), or any flash when the reader records them all.
    @inline(__always)
    private mutating func recordPad(x: Double, y: Double) {
        guard recordsFlashes || objectDesignator != nil || currentPadFunction != nil,
            document.pads.count < Self.maximumPads
        else {
            return
        }
        document.pads.append(
            Pad(
                x: x, y: y, designator: objectDesignator, function: currentPadFunction, width: currentBox.width,
                height: currentBox.height, isRound: currentIsRound))
    }

    /// Keeps the region just closed as a pad at its box's centre when flashes are recorded and it is small (at most
    /// `maximumRegionPadSize` mm a side) and dark (a clear region erases, as around a pad in a pour): Altium, EasyEDA
    /// and others draw rounded or odd-shaped pads as regions.
    mutating func recordRegionPad() {
        guard recordsFlashes, !clearPolarity, let box = regionBox, box.width <= Self.maximumRegionPadSize,
            box.height <= Self.maximumRegionPadSize, box.width > 0 || box.height > 0,
            document.pads.count < Self.maximumPads
        else { return }
        document.pads.append(
            Pad(
                x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2, designator: objectDesignator, function: nil,
                width: box.width, height: box.height))
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
        guard !clearPolarity else { return }
        minX = min(minX, x - margin)
        minY = min(minY, y - margin)
        maxX = max(maxX, x + margin)
        maxY = max(maxY, y + margin)
    }

    /// Includes the aperture box `box` placed at (`x`, `y`).
    @inline(__always)
    private mutating func include(x: Double, y: Double, box: Extent) {
        guard !clearPolarity else { return }
        minX = min(minX, x + box.minX)
        minY = min(minY, y + box.minY)
        maxX = max(maxX, x + box.maxX)
        maxY = max(maxY, y + box.maxY)
    }

    /// Includes the arc from the current point to (`endX`, `endY`) around centre offset (`i`, `j`).
    private mutating func includeArc(toX endX: Double, y endY: Double, i: Double, j: Double, margin: Double) {
        guard let arc = arc(toX: endX, y: endY, i: i, j: j), arc.radius > 0 else { return }
        // The arc reaches the circle's extreme on each axis direction it sweeps across.
        let start = angle(x - arc.centerX, y - arc.centerY)
        var from = arc.sweep >= 0 ? start : start + arc.sweep
        if from < 0 { from += 360 }
        let to = from + abs(arc.sweep)
        for quadrant in 0..<8 {
            let axisAngle = Double(quadrant) * 90
            guard axisAngle > from, axisAngle < to else { continue }
            switch quadrant % 4 {
            case 0: include(x: arc.centerX + arc.radius, y: arc.centerY, margin: margin)
            case 1: include(x: arc.centerX, y: arc.centerY + arc.radius, margin: margin)
            case 2: include(x: arc.centerX - arc.radius, y: arc.centerY, margin: margin)
            default: include(x: arc.centerX, y: arc.centerY - arc.radius, margin: margin)
            }
        }
    }

    private func angle(_ dx: Double, _ dy: Double) -> Double {
        var degrees = atan2(dy, dx) * 180 / .pi
        if degrees < 0 { degrees += 360 }
        return degrees
    }
}
