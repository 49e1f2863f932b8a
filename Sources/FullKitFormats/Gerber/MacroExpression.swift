import FullKitCore

/// An arithmetic expression in an aperture macro: numbers, `$n` variables, unary minus, `+ - x /` with the
/// standard precedence and parentheses (Gerber specification §4.5.4.2).
indirect enum MacroExpression: Sendable {
    case number(Double)
    case variable(Int)
    case negate(MacroExpression)
    case binary(UInt8, MacroExpression, MacroExpression)

    /// The value with `variables` ($1 is index 1); unset variables are 0, as the specification says.
    func value(_ variables: [Int: Double]) -> Double {
        switch self {
        case .number(let value): return value
        case .variable(let index): return variables[index] ?? 0
        case .negate(let inner): return -inner.value(variables)
        case .binary(let operation, let left, let right):
            let (a, b) = (left.value(variables), right.value(variables))
            switch operation {
            case UInt8(ascii: "+"): return a + b
            case UInt8(ascii: "-"): return a - b
            case UInt8(ascii: "x"), UInt8(ascii: "X"): return a * b
            default: return b == 0 ? 0 : a / b
            }
        }
    }

    /// Why an expression could not be read.
    enum ParseError: Error {
        case tooDeep
        case invalid
    }

    /// Parses the expression in `bytes[range]` (spaces ignored). Nesting deeper than `maximumDepth` (parentheses
    /// and operators) is refused, not recursed into.
    static func parse(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, maximumDepth: Int) throws(ParseError)
        -> MacroExpression
    {
        var parser = Parser(bytes: bytes, index: range.lowerBound, end: range.upperBound, maximumDepth: maximumDepth)
        let expression = try parser.sum(depth: 0)
        parser.skipSpaces()
        guard parser.index == parser.end else { throw .invalid }
        return expression
    }

    /// Recursive descent with a depth bound: sum → product → factor.
    private struct Parser {
        let bytes: UnsafeRawBufferPointer
        var index: Int
        let end: Int
        let maximumDepth: Int

        mutating func skipSpaces() {
            while index < end, ASCII.isWhitespace(bytes[index]) { index += 1 }
        }

        mutating func sum(depth: Int) throws(ParseError) -> MacroExpression {
            guard depth < maximumDepth else { throw .tooDeep }
            var left = try product(depth: depth + 1)
            while true {
                skipSpaces()
                guard index < end, bytes[index] == ASCII.plus || bytes[index] == ASCII.minus else { return left }
                let operation = bytes[index]
                index += 1
                left = .binary(operation, left, try product(depth: depth + 1))
            }
        }

        mutating func product(depth: Int) throws(ParseError) -> MacroExpression {
            guard depth < maximumDepth else { throw .tooDeep }
            var left = try factor(depth: depth + 1)
            while true {
                skipSpaces()
                guard index < end,
                    bytes[index] == UInt8(ascii: "x") || bytes[index] == UInt8(ascii: "X")
                        || bytes[index] == UInt8(ascii: "/")
                else { return left }
                let operation = bytes[index]
                index += 1
                left = .binary(operation, left, try factor(depth: depth + 1))
            }
        }

        mutating func factor(depth: Int) throws(ParseError) -> MacroExpression {
            guard depth < maximumDepth else { throw .tooDeep }
            skipSpaces()
            guard index < end else { throw .invalid }
            switch bytes[index] {
            case ASCII.minus, ASCII.plus:
                let negative = bytes[index] == ASCII.minus
                index += 1
                let inner = try factor(depth: depth + 1)
                return negative ? .negate(inner) : inner
            case UInt8(ascii: "("):
                index += 1
                let inner = try sum(depth: depth + 1)
                skipSpaces()
                guard index < end, bytes[index] == UInt8(ascii: ")") else { throw .invalid }
                index += 1
                return inner
            case UInt8(ascii: "$"):
                index += 1
                let start = index
                var number = 0
                while index < end, ASCII.isDigit(bytes[index]), index - start < 6 {
                    number = number * 10 + Int(bytes[index] &- ASCII.zero)
                    index += 1
                }
                guard index > start else { throw .invalid }
                return .variable(number)
            default:
                let start = index
                while index < end, ASCII.isDigit(bytes[index]) || bytes[index] == ASCII.period { index += 1 }
                guard let value = DecimalNumber.parse(bytes, start..<index) else { throw .invalid }
                return .number(value)
            }
        }
    }
}
