/// A position in a file: a 1-based line and a 1-based column counted in UTF-8 bytes.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, counted in bytes of the (UTF-8) line.
    public var column: Int

    /// Line `line`, column `column` (both 1-based, the column in UTF-8 bytes).
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}
