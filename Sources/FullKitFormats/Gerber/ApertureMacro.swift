import FullKitCore

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

    /// The box around the flash point that holds every exposed primitive, for the `%AD` arguments; nil when nothing
    /// is exposed. Built from the primitives' shapes (`shapes(arguments:)`), so that the extent and the picture are
    /// one geometry: exact for every primitive but a thermal, whose arcs are bounded by their chords' ends (the arcs'
    /// extremes lie at those ends or in its gaps).
    func boundingBox(arguments: [Double]) -> Extent? {
        var box: Extent?
        for shape in shapes(arguments: arguments) where shape.isDark {
            switch shape {
            case .circle(let centre, let diameter, _):
                box.formUnion(Extent(x: centre.x, y: centre.y, margin: diameter / 2))
            case .polygon(let points, _):
                for point in points { box.formUnion(Extent(x: point.x, y: point.y)) }
            }
        }
        guard let box, box.minX.isFinite, box.minY.isFinite, box.maxX.isFinite, box.maxY.isFinite else { return nil }
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
