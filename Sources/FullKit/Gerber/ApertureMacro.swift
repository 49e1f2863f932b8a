/// An aperture macro (`%AM`): variable assignments and primitives, evaluated for the size of the apertures that
/// use it. Primitives 1 (circle), 20 and 2 (vector line), 21 (centre line), 22 (lower-left line), 4 (outline),
/// 5 (polygon), 6 (moiré) and 7 (thermal) are understood; comments (0) are skipped.
struct ApertureMacro: Sendable {
    enum Statement: Sendable {
        case assignment(Int, MacroExpression)
        case primitive(Int, [MacroExpression])
    }

    let statements: [Statement]

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
    static func parse(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, maximumDepth: Int) throws(Failure) -> ApertureMacro {
        var statements: [Statement] = []
        var start = range.lowerBound
        while start < range.upperBound {
            let end = bytes.firstOffset(of: ASCII.asterisk, from: start, to: range.upperBound)
            var word = start..<end
            while !word.isEmpty, ASCII.isWhitespace(bytes[word.lowerBound]) { word = word.lowerBound + 1..<word.upperBound }
            while !word.isEmpty, ASCII.isWhitespace(bytes[word.upperBound - 1]) { word = word.lowerBound..<word.upperBound - 1 }
            start = end + 1
            guard !word.isEmpty, let statement = try statement(bytes, word, maximumDepth: maximumDepth) else { continue }
            statements.append(statement)
        }
        return ApertureMacro(statements: statements)
    }

    /// One statement: `$n=expression`, or `code,expression,…` (nil for a comment, code 0).
    private static func statement(_ bytes: UnsafeRawBufferPointer, _ word: Range<Int>, maximumDepth: Int) throws(Failure) -> Statement? {
        if bytes[word.lowerBound] == UInt8(ascii: "$") {
            let equals = bytes.firstOffset(of: UInt8(ascii: "="), from: word.lowerBound, to: word.upperBound)
            guard equals < word.upperBound, let variable = Int(bytes.string(bytes.trimmed(word.lowerBound + 1..<equals))) else {
                throw .invalid(word.lowerBound)
            }
            return .assignment(variable, try expression(bytes, equals + 1..<word.upperBound, at: word.lowerBound, maximumDepth: maximumDepth))
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

    /// The radius of a circle around the flash point that holds the whole aperture, for the `%AD` arguments.
    func boundingRadius(arguments: [Double]) -> Double {
        var variables: [Int: Double] = [:]
        for (index, argument) in arguments.enumerated() { variables[index + 1] = argument }
        var radius = 0.0
        for statement in statements {
            switch statement {
            case .assignment(let variable, let expression):
                variables[variable] = expression.value(variables)
            case .primitive(let code, let expressions):
                let p = expressions.map { $0.value(variables) }
                func at(_ index: Int) -> Double { index < p.count && p[index].isFinite ? p[index] : 0 }
                func distance(_ x: Double, _ y: Double) -> Double { (x * x + y * y).squareRoot() }
                switch code {
                case 1: radius = max(radius, distance(at(2), at(3)) + abs(at(1)) / 2)
                case 2, 20: radius = max(radius, max(distance(at(2), at(3)), distance(at(4), at(5))) + abs(at(1)) / 2)
                case 21: radius = max(radius, distance(at(3), at(4)) + distance(at(1), at(2)) / 2)
                case 22: radius = max(radius, distance(abs(at(3)) + abs(at(1)), abs(at(4)) + abs(at(2))))
                case 4:
                    // The declared vertex count comes from the file: clamp it before converting to Int.
                    let points = Int(max(0, min(at(1), Double((p.count - 3) / 2))))
                    for point in 0...points { radius = max(radius, distance(at(2 + 2 * point), at(3 + 2 * point))) }
                case 5: radius = max(radius, distance(at(2), at(3)) + abs(at(4)) / 2)
                case 6: radius = max(radius, distance(at(0), at(1)) + max(abs(at(2)), abs(at(7))) / 2)
                case 7: radius = max(radius, distance(at(0), at(1)) + abs(at(2)) / 2)
                default: break
                }
            }
        }
        return radius.isFinite ? radius : 0
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
