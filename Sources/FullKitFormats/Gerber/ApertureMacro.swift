import FullKitCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An aperture macro (`%AM`): variable assignments and primitives, evaluated for the size of the apertures that
/// use it. Primitives 1 (circle), 20 and 2 (vector line), 21 (centre line), 22 (lower-left line), 4 (outline),
/// 5 (polygon), 6 (moiré) and 7 (thermal) are understood; comments (0) are skipped.
struct ApertureMacro: Sendable {
    enum Statement: Sendable {
        case assignment(Int, MacroExpression)
        case primitive(Int, [MacroExpression])
    }

    let statements: [Statement]

    /// How many steps one evaluation takes (every statement and every expression step), counted once here so that
    /// checking it against a budget costs nothing per use.
    let cost: Int

    init(statements: [Statement]) {
        self.statements = statements
        self.cost = statements.reduce(0) { total, statement in
            switch statement {
            case .assignment(_, let expression): total + 1 + expression.cost
            case .primitive(_, let expressions): expressions.reduce(total + 1) { $0 + $1.cost }
            }
        }
    }

    /// Why a macro body could not be read, with the byte offset of the statement.
    enum Failure: Error {
        case tooDeep(Int)
        case invalid(Int)
        case unknownPrimitive(Int, code: Int)
    }

    /// The primitive codes of the specification (2 and 22 deprecated, 6 deprecated).
    private static let primitiveCodes: Set<Int> = [1, 2, 4, 5, 6, 7, 20, 21, 22]

    /// Parses the statements of a macro body: the `*`-terminated words after the name; expressions may nest
    /// `maximumDepth` levels.
    static func parse(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, maximumDepth: Int) throws(Failure)
        -> ApertureMacro
    {
        var statements: [Statement] = []
        var start = range.lowerBound
        while start < range.upperBound {
            let end = bytes.firstOffset(of: ASCII.asterisk, from: start, to: range.upperBound)
            var word = start..<end
            while !word.isEmpty, ASCII.isWhitespace(bytes[word.lowerBound]) {
                word = word.lowerBound + 1..<word.upperBound
            }
            while !word.isEmpty, ASCII.isWhitespace(bytes[word.upperBound - 1]) {
                word = word.lowerBound..<word.upperBound - 1
            }
            start = end + 1
            guard !word.isEmpty, let statement = try statement(bytes, word, maximumDepth: maximumDepth) else {
                continue
            }
            statements.append(statement)
        }
        return ApertureMacro(statements: statements)
    }

    /// One statement: `$n=expression`, or `code,expression,…` (nil for a comment, code 0).
    private static func statement(_ bytes: UnsafeRawBufferPointer, _ word: Range<Int>, maximumDepth: Int)
        throws(Failure) -> Statement?
    {
        if bytes[word.lowerBound] == UInt8(ascii: "$") {
            let equals = bytes.firstOffset(of: UInt8(ascii: "="), from: word.lowerBound, to: word.upperBound)
            guard equals < word.upperBound,
                let variable = Int(bytes.string(bytes.trimmed(word.lowerBound + 1..<equals)))
            else {
                throw .invalid(word.lowerBound)
            }
            return .assignment(
                variable,
                try expression(bytes, equals + 1..<word.upperBound, at: word.lowerBound, maximumDepth: maximumDepth))
        }
        // A comment is primitive 0 followed by any text, commas included.
        var codeEnd = word.lowerBound
        while codeEnd < word.upperBound, ASCII.isDigit(bytes[codeEnd]), codeEnd - word.lowerBound < 4 { codeEnd += 1 }
        guard codeEnd > word.lowerBound, let code = Int(bytes.string(word.lowerBound..<codeEnd)) else {
            throw .invalid(word.lowerBound)
        }
        if code == 0 { return nil }
        let fields = split(bytes, word)
        guard primitiveCodes.contains(code) else { throw .unknownPrimitive(word.lowerBound, code: code) }
        var parameters: [MacroExpression] = []
        for field in fields.dropFirst() {
            parameters.append(try expression(bytes, field, at: word.lowerBound, maximumDepth: maximumDepth))
        }
        return .primitive(code, parameters)
    }

    private static func expression(
        _ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, at offset: Int, maximumDepth: Int
    ) throws(Failure) -> MacroExpression {
        do throws(MacroExpression.ParseError) {
            return try MacroExpression.parse(bytes, range, maximumDepth: maximumDepth)
        } catch .tooDeep {
            throw .tooDeep(offset)
        } catch {
            throw .invalid(offset)
        }
    }

    /// The exact box around the flash point that holds every exposed primitive, for the `%AD` arguments; nil when
    /// nothing is exposed. Rotations turn each primitive about the macro's origin (Gerber specification §4.5.1).
    func boundingBox(arguments: [Double]) -> Extent? {
        var variables: [Int: Double] = [:]
        for (index, argument) in arguments.enumerated() { variables[index + 1] = argument }
        var box: Extent?
        for statement in statements {
            switch statement {
            case .assignment(let variable, let expression):
                variables[variable] = expression.value(variables)
            case .primitive(let code, let expressions):
                let p = expressions.map { $0.value(variables) }
                if let primitive = Self.box(code: code, p) { box.formUnion(primitive) }
            }
        }
        guard let box, box.minX.isFinite, box.minY.isFinite, box.maxX.isFinite, box.maxY.isFinite else { return nil }
        return box
    }

    /// The box of one primitive with parameters `p`, or nil when it is not exposed (exposure 0 only erases).
    private static func box(code: Int, _ p: [Double]) -> Extent? {
        func at(_ index: Int) -> Double { index < p.count && p[index].isFinite ? p[index] : 0 }
        let exposed = [6, 7].contains(code) || at(0) != 0
        guard exposed else { return nil }
        switch code {
        case 1:
            return rotated([(at(2), at(3))], by: at(4), margin: abs(at(1)) / 2)
        case 2, 20:
            // A line of width w from start to end: the rectangle its sides sweep.
            let (sx, sy, ex, ey, half) = (at(2), at(3), at(4), at(5), abs(at(1)) / 2)
            let length = ((ex - sx) * (ex - sx) + (ey - sy) * (ey - sy)).squareRoot()
            let (nx, ny) = length > 0 ? (-(ey - sy) / length * half, (ex - sx) / length * half) : (0, half)
            return rotated([(sx + nx, sy + ny), (sx - nx, sy - ny), (ex + nx, ey + ny), (ex - nx, ey - ny)], by: at(6))
        case 21:
            let (w, h, cx, cy) = (abs(at(1)) / 2, abs(at(2)) / 2, at(3), at(4))
            return rotated([(cx - w, cy - h), (cx + w, cy - h), (cx + w, cy + h), (cx - w, cy + h)], by: at(5))
        case 22:
            let (w, h, x, y) = (abs(at(1)), abs(at(2)), at(3), at(4))
            return rotated([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], by: at(5))
        case 4:
            // The declared vertex count comes from the file: clamp it before converting to Int.
            let count = Int(max(0, min(at(1), Double((p.count - 3) / 2))))
            let points = (0...count).map { (at(2 + 2 * $0), at(3 + 2 * $0)) }
            return rotated(points, by: at(4 + 2 * count))
        case 5:
            let count = Int(max(3, min(at(1), 12)))
            let (cx, cy, radius) = (at(2), at(3), abs(at(4)) / 2)
            let points = (0..<count).map { vertex -> (Double, Double) in
                let angle = Double(vertex) * 2 * .pi / Double(count)
                return (cx + radius * cos(angle), cy + radius * sin(angle))
            }
            return rotated(points, by: at(5))
        case 6:
            let half = max(abs(at(2)), abs(at(7))) / 2
            return rotated(
                [
                    (at(0) - half, at(1) - half), (at(0) + half, at(1) - half), (at(0) + half, at(1) + half),
                    (at(0) - half, at(1) + half),
                ], by: at(8))
        case 7:
            return rotated([(at(0), at(1))], by: at(5), margin: abs(at(2)) / 2)
        default:
            return nil
        }
    }

    /// The box of `points` turned by `degrees` counterclockwise about the origin, grown by `margin`.
    private static func rotated(_ points: [(Double, Double)], by degrees: Double, margin: Double = 0) -> Extent? {
        let radians = degrees * .pi / 180
        let (c, s) = degrees == 0 ? (1.0, 0.0) : (cos(radians), sin(radians))
        var box: Extent?
        for (x, y) in points {
            box.formUnion(Extent(x: x * c - y * s, y: x * s + y * c, margin: margin))
        }
        return box
    }

    /// Splits a statement at top-level commas.
    private static func split(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        while index <= range.upperBound {
            if index == range.upperBound || bytes[index] == ASCII.comma {
                fields.append(start..<index)
                start = index + 1
            }
            index += 1
        }
        return fields
    }
}
