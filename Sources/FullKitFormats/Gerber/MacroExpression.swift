import FullKitCore

/// An arithmetic expression in an aperture macro: numbers, `$n` variables, unary minus, `+ - x /` with the
/// standard precedence and parentheses (Gerber specification §4.5.4.2).
///
/// Held as a flat postfix program, not a tree: a sum of a million terms (`$1+$1+…`) is a million steps evaluated in
/// a loop, where a tree would recurse once per term (in evaluation and in deallocation) and overflow the stack.
struct MacroExpression: Sendable {
    /// One step of the postfix program.
    enum Step: Sendable {
        /// Push a number.
        case number(Double)
        /// Push variable `$n` (unset variables are 0, as the specification says).
        case variable(Int)
        /// Negate the top of the stack.
        case negate
        /// Pop two values and push the result of `+`, `-`, `x` or `/`.
        case binary(UInt8)
    }

    /// The program, in postfix order.
    private(set) var steps: [Step] = []

    /// How many steps evaluating the expression takes.
    var cost: Int { steps.count }

    /// The value with `variables` ($1 is index 1).
    func value(_ variables: [Int: Double]) -> Double {
        var stack: [Double] = []
        stack.reserveCapacity(8)
        for step in steps {
            switch step {
            case .number(let value):
                stack.append(value)
            case .variable(let index):
                stack.append(variables[index] ?? 0)
            case .negate:
                stack[stack.count - 1].negate()
            case .binary(let operation):
                let b = stack.removeLast()
                let a = stack.removeLast()
                switch operation {
                case UInt8(ascii: "+"): stack.append(a + b)
                case UInt8(ascii: "-"): stack.append(a - b)
                case UInt8(ascii: "x"), UInt8(ascii: "X"): stack.append(a * b)
                default: stack.append(b == 0 ? 0 : a / b)
                }
            }
        }
        return stack.last ?? 0
    }

    /// Why an expression could not be read.
    enum ParseError: Error {
        case tooDeep
        case invalid
    }

    /// Parses the expression in `bytes[range]` (spaces ignored). Nesting deeper than `maximumDepth` (parentheses
    /// and unary signs) is refused, not recursed into; a chain of operators at one level is read in a loop.
    static func parse(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, maximumDepth: Int) throws(ParseError)
        -> MacroExpression
    {
        var parser = Parser(bytes: bytes, index: range.lowerBound, end: range.upperBound, maximumDepth: maximumDepth)
        try parser.sum(depth: 0)
        parser.skipSpaces()
        guard parser.index == parser.end else { throw .invalid }
        return parser.expression
    }

    /// Recursive descent with a depth bound (sum → product → factor), writing postfix steps as it goes.
    private struct Parser {
        let bytes: UnsafeRawBufferPointer
        var index: Int
        let end: Int
        let maximumDepth: Int
        var expression = MacroExpression()

        init(bytes: UnsafeRawBufferPointer, index: Int, end: Int, maximumDepth: Int) {
            self.bytes = bytes
            self.index = index
            self.end = end
            self.maximumDepth = maximumDepth
        }

        mutating func skipSpaces() {
            while index < end, ASCII.isWhitespace(bytes[index]) { index += 1 }
        }

        mutating func sum(depth: Int) throws(ParseError) {
            guard depth < maximumDepth else { throw .tooDeep }
            try product(depth: depth + 1)
            while true {
                skipSpaces()
                guard index < end, bytes[index] == ASCII.plus || bytes[index] == ASCII.minus else { return }
                let operation = bytes[index]
                index += 1
                try product(depth: depth + 1)
                expression.steps.append(.binary(operation))
            }
        }

        mutating func product(depth: Int) throws(ParseError) {
            guard depth < maximumDepth else { throw .tooDeep }
            try factor(depth: depth + 1)
            while true {
                skipSpaces()
                guard index < end,
                    bytes[index] == UInt8(ascii: "x") || bytes[index] == UInt8(ascii: "X")
                        || bytes[index] == UInt8(ascii: "/")
                else { return }
                let operation = bytes[index]
                index += 1
                try factor(depth: depth + 1)
                expression.steps.append(.binary(operation))
            }
        }

        mutating func factor(depth: Int) throws(ParseError) {
            guard depth < maximumDepth else { throw .tooDeep }
            skipSpaces()
            guard index < end else { throw .invalid }
            switch bytes[index] {
            case ASCII.minus, ASCII.plus:
                let negative = bytes[index] == ASCII.minus
                index += 1
                try factor(depth: depth + 1)
                if negative { expression.steps.append(.negate) }
            case UInt8(ascii: "("):
                index += 1
                try sum(depth: depth + 1)
                skipSpaces()
                guard index < end, bytes[index] == UInt8(ascii: ")") else { throw .invalid }
                index += 1
            case UInt8(ascii: "$"):
                index += 1
                let start = index
                var number = 0
                while index < end, ASCII.isDigit(bytes[index]), index - start < 6 {
                    number = number * 10 + Int(bytes[index] &- ASCII.zero)
                    index += 1
                }
                guard index > start else { throw .invalid }
                expression.steps.append(.variable(number))
            default:
                let start = index
                while index < end, ASCII.isDigit(bytes[index]) || bytes[index] == ASCII.period { index += 1 }
                guard let value = DecimalNumber.parse(bytes, start..<index) else { throw .invalid }
                expression.steps.append(.number(value))
            }
        }
    }
}
