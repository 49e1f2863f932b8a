import FullKitCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The data of one SVG `<path>` (`d`), built from board geometry in mm: subpaths of circles, polygons and arcs, with
/// numbers written to 0.1 µm without trailing zeros. Closed shapes are written counterclockwise (in the board's
/// frame, Y up) so that, filled under the nonzero rule, overlapping shapes add up and a hole (written clockwise)
/// opens only where nothing else covers it.
struct SVGPath {
    /// The path data so far.
    private(set) var data = ""

    /// Whether nothing has been added.
    var isEmpty: Bool { data.isEmpty }

    /// A circle of radius `radius` about `centre`, counterclockwise (clockwise when `hole`): two half arcs written
    /// relative to their start, the shortest form.
    mutating func circle(_ centre: BoardPoint, radius: Double, hole: Bool = false) {
        guard radius > 0, radius.isFinite else { return }
        let sweep = hole ? " 0 1 0 " : " 0 1 1 "
        let (r, diameter) = (Self.format(radius), Self.format(2 * radius))
        move(BoardPoint(x: centre.x + radius, y: centre.y))
        data += "a" + r + " " + r + sweep + "-" + diameter + " 0a" + r + " " + r + sweep + diameter + " 0z"
        close()
    }

    /// A closed polygon through `points`, turned counterclockwise (clockwise when `hole`).
    mutating func polygon(_ points: [BoardPoint], hole: Bool = false) {
        guard points.count >= 2 else { return }
        let ordered = (Self.signedArea(points) < 0) != hole ? points.reversed() : points
        move(ordered[0])
        for point in ordered.dropFirst() { line(to: point) }
        data += "z"
        close()
    }

    /// A closed contour (a region's), turned counterclockwise.
    mutating func contour(_ contour: ImageContour) {
        guard !contour.steps.isEmpty else { return }
        var points = [contour.start]
        for step in contour.steps {
            if case .arc(let to, let centre, let clockwise) = step {
                points.append(Self.midpoint(from: points.last!, to: to, centre: centre, clockwise: clockwise))
            }
            points.append(step.end)
        }
        if Self.signedArea(points) >= 0 {
            move(contour.start)
            var current = contour.start
            for step in contour.steps { self.step(step, from: &current) }
        } else {
            // Reversed: walk the steps backwards, each arc turning the other way.
            var ends = [contour.start]
            for step in contour.steps { ends.append(step.end) }
            move(ends.last!)
            var current = ends.last!
            for index in contour.steps.indices.reversed() {
                let target = ends[index]
                switch contour.steps[index] {
                case .line: self.step(.line(to: target), from: &current)
                case .arc(_, let centre, let clockwise):
                    self.step(.arc(to: target, centre: centre, clockwise: !clockwise), from: &current)
                }
            }
        }
        data += "z"
        close()
    }

    /// An open stroke from `from` by `step` (a draw or an arc).
    mutating func stroke(from: BoardPoint, _ step: ImageContour.Step) {
        move(from)
        var current = from
        self.step(step, from: &current)
    }

    /// Adds `step` from `current`, which it moves to the step's end. A full circle is written as two halves.
    private mutating func step(_ step: ImageContour.Step, from current: inout BoardPoint) {
        switch step {
        case .line(let to):
            line(to: to)
        case .arc(let to, let centre, let clockwise):
            let radius =
                ((current.x - centre.x) * (current.x - centre.x) + (current.y - centre.y) * (current.y - centre.y))
                .squareRoot()
            guard radius > 0, radius.isFinite else {
                line(to: to)
                break
            }
            let sweep = clockwise ? "0" : "1"
            let start = atan2(current.y - centre.y, current.x - centre.x)
            var end = atan2(to.y - centre.y, to.x - centre.x)
            if abs(to.x - current.x) < 1e-9, abs(to.y - current.y) < 1e-9 {
                // A full circle: through the opposite point.
                let opposite = BoardPoint(x: 2 * centre.x - current.x, y: 2 * centre.y - current.y)
                for target in [opposite, to] { arc(radius: radius, large: "0", sweep: sweep, to: target) }
                break
            }
            if clockwise {
                while end > start { end -= 2 * .pi }
            } else {
                while end < start { end += 2 * .pi }
            }
            arc(radius: radius, large: abs(end - start) > .pi ? "1" : "0", sweep: sweep, to: to)
        }
        current = step.end
    }

    /// Starts a subpath at `point` (absolute).
    private mutating func move(_ point: BoardPoint) {
        let target = Self.units(point)
        data += "M" + Self.format(units: target.x)
        separated(Self.format(units: target.y))
        (current, subpathStart, lastCommand) = (target, target, "M")
    }

    /// A line to `point`, relative to the current point in whole units (so that no rounding adds up along a
    /// contour); the letter is left out after another line.
    private mutating func line(to point: BoardPoint) {
        let target = Self.units(point)
        if lastCommand == "l" {
            separated(Self.format(units: target.x - current.x))
        } else {
            data += "l" + Self.format(units: target.x - current.x)
        }
        separated(Self.format(units: target.y - current.y))
        (current, lastCommand) = (target, "l")
    }

    /// An arc of `radius` to `point`, relative to the current point.
    private mutating func arc(radius: Double, large: String, sweep: String, to point: BoardPoint) {
        let target = Self.units(point)
        let r = Self.format(radius)
        data += "a" + r + " " + r + " 0 " + large + " " + sweep
        separated(Self.format(units: target.x - current.x))
        separated(Self.format(units: target.y - current.y))
        (current, lastCommand) = (target, "a")
    }

    /// After a close: the current point is the subpath's start again.
    private mutating func close() {
        (current, lastCommand) = (subpathStart, "z")
    }

    /// Appends `number` after a space, or directly when its minus sign separates it.
    private mutating func separated(_ number: String) {
        if !number.hasPrefix("-") { data += " " }
        data += number
    }

    /// The current point and the current subpath's start, in units of 0.1 µm.
    private var current: (x: Int64, y: Int64) = (0, 0)
    private var subpathStart: (x: Int64, y: Int64) = (0, 0)
    /// The last command letter written.
    private var lastCommand: Character = " "

    /// `point` in units of 0.1 µm (0 for values that are not finite or lie past 10¹² mm).
    private static func units(_ point: BoardPoint) -> (x: Int64, y: Int64) {
        func units(_ value: Double) -> Int64 {
            value.isFinite && abs(value) < 1e12 ? Int64((value * 10_000).rounded()) : 0
        }
        return (units(point.x), units(point.y))
    }

    /// `value` in mm to 4 decimals without trailing zeros ("0" for values that are not finite).
    static func format(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return "0" }
        return format(units: Int64((value * 10_000).rounded()))
    }

    /// `scaled` units of 0.1 µm as mm, without trailing zeros.
    static func format(units scaled: Int64) -> String {
        let magnitude = scaled.magnitude
        var text = scaled < 0 ? "-" : ""
        text += String(magnitude / 10_000)
        var fraction = magnitude % 10_000
        if fraction > 0 {
            var digits = 4
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            let padded = String(fraction)
            text += "." + String(repeating: "0", count: digits - padded.count) + padded
        }
        return text
    }

    /// Twice the signed area of the polygon through `points` (positive when counterclockwise).
    static func signedArea(_ points: [BoardPoint]) -> Double {
        var area = 0.0
        for index in points.indices {
            let (a, b) = (points[index], points[(index + 1) % points.count])
            area += a.x * b.y - b.x * a.y
        }
        return area
    }

    /// The middle of the arc from `from` to `to` about `centre`.
    private static func midpoint(from: BoardPoint, to: BoardPoint, centre: BoardPoint, clockwise: Bool) -> BoardPoint {
        let radius = ((from.x - centre.x) * (from.x - centre.x) + (from.y - centre.y) * (from.y - centre.y))
            .squareRoot()
        let start = atan2(from.y - centre.y, from.x - centre.x)
        var end = atan2(to.y - centre.y, to.x - centre.x)
        if abs(to.x - from.x) < 1e-9, abs(to.y - from.y) < 1e-9 { end = start + (clockwise ? -2 : 2) * .pi }
        if clockwise {
            while end > start { end -= 2 * .pi }
        } else {
            while end <= start { end += 2 * .pi }
        }
        let middle = (start + end) / 2
        return BoardPoint(x: centre.x + radius * cos(middle), y: centre.y + radius * sin(middle))
    }
}
