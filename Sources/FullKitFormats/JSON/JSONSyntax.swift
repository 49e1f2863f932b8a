import FullKitCore

/// A strict JSON (RFC 8259) syntax check over bytes that says where the first error is: Foundation's decoder only says
/// "not valid JSON", and it accepts some text JSON does not (a trailing comma). Used before decoding an operator's
/// policy and a pack's job file, so their errors carry a line and a column.
public enum JSONSyntax {
    /// The first syntax error in `bytes`, or nil when they are one JSON value (with white space around it).
    public static func firstError(in bytes: [UInt8], maximumDepth: Int = 256) -> JSONSyntaxError? {
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = Cursor(bytes: buffer, maximumDepth: maximumDepth)
            do throws(JSONSyntaxError) {
                cursor.skipSpace()
                try cursor.value(depth: 0)
                cursor.skipSpace()
                if cursor.index < buffer.count { throw cursor.error("unexpected text after the JSON value") }
                return nil
            } catch {
                return error
            }
        }
    }

    /// A position in the text, with its line and column, moving forward over one value at a time.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        let maximumDepth: Int
        var index = 0
        var line = 1
        var lineStart = 0

        init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
            self.bytes = bytes
            self.maximumDepth = maximumDepth
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        func error(_ reason: String) -> JSONSyntaxError {
            JSONSyntaxError(location: SourceLocation(line: line, column: index - lineStart + 1), reason: reason)
        }

        /// "found 'x'" or "found the end of the text", for messages.
        var found: String {
            guard let byte = current else { return "found the end of the text" }
            if byte >= 0x21 && byte < 0x7F { return "found '\(Character(Unicode.Scalar(byte)))'" }
            return "found byte 0x\(String(byte, radix: 16, uppercase: true))"
        }

        mutating func skipSpace() {
            while let byte = current {
                switch byte {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): index += 1
                case UInt8(ascii: "\n"):
                    index += 1
                    line += 1
                    lineStart = index
                default: return
                }
            }
        }

        mutating func value(depth: Int) throws(JSONSyntaxError) {
            guard depth < maximumDepth else { throw error("nested deeper than \(maximumDepth) levels") }
            guard let byte = current else { throw error("expected a value, \(found)") }
            switch byte {
            case UInt8(ascii: "{"): try container(close: UInt8(ascii: "}"), keyed: true, depth: depth)
            case UInt8(ascii: "["): try container(close: UInt8(ascii: "]"), keyed: false, depth: depth)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default: throw error("expected a value, \(found)")
            }
        }

        mutating func container(close: UInt8, keyed: Bool, depth: Int) throws(JSONSyntaxError) {
            index += 1
            skipSpace()
            if current == close {
                index += 1
                return
            }
            while true {
                if keyed {
                    guard current == UInt8(ascii: "\"") else {
                        throw error("expected a key in double quotes, \(found)")
                    }
                    try string()
                    skipSpace()
                    guard current == UInt8(ascii: ":") else { throw error("expected ':' after the key, \(found)") }
                    index += 1
                    skipSpace()
                }
                try value(depth: depth + 1)
                skipSpace()
                if current == close {
                    index += 1
                    return
                }
                let closing = Character(Unicode.Scalar(close))
                guard current == UInt8(ascii: ",") else { throw error("expected ',' or '\(closing)', \(found)") }
                index += 1
                skipSpace()
                if current == close { throw error("a comma before '\(closing)': JSON allows no trailing comma") }
            }
        }

        mutating func string() throws(JSONSyntaxError) {
            let start = error("a string that starts here is never closed")
            index += 1
            while let byte = current {
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return
                case UInt8(ascii: "\\"):
                    index += 1
                    guard let escaped = current else { break }
                    switch escaped {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                        UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        index += 1
                    case UInt8(ascii: "u"):
                        index += 1
                        for _ in 0..<4 {
                            guard let digit = current, Self.isHexDigit(digit) else {
                                throw error("\\u needs four hexadecimal digits, \(found)")
                            }
                            index += 1
                        }
                    default: throw error("'\\\(Character(Unicode.Scalar(escaped)))' is not a JSON escape")
                    }
                case 0..<0x20:
                    throw error("a control character inside a string (write it as an escape such as \\n)")
                default:
                    index += 1
                }
            }
            throw start
        }

        mutating func number() throws(JSONSyntaxError) {
            if current == UInt8(ascii: "-") { index += 1 }
            if current == UInt8(ascii: "0") {
                index += 1
            } else {
                guard try digits() > 0 else { throw error("expected a digit, \(found)") }
            }
            if current == UInt8(ascii: ".") {
                index += 1
                guard try digits() > 0 else { throw error("expected a digit after '.', \(found)") }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard try digits() > 0 else { throw error("expected a digit in the exponent, \(found)") }
            }
        }

        mutating func digits() throws(JSONSyntaxError) -> Int {
            let start = index
            while let byte = current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { index += 1 }
            return index - start
        }

        mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
            let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            for byte in expected {
                guard current == byte else { throw error("expected '\(word)', \(found)") }
                index += 1
            }
        }

        static func isHexDigit(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
                UInt8(ascii: "A")...UInt8(ascii: "F"):
                true
            default: false
            }
        }
    }
}
