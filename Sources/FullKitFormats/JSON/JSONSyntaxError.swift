import FullKitCore

/// Where a JSON text first breaks the syntax, and how.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The line and column (in bytes) of the first byte that cannot continue the text.
    public let location: SourceLocation
    /// What was expected and what was found there.
    public let reason: String

    /// An error at `location` saying `reason`.
    public init(location: SourceLocation, reason: String) {
        self.location = location
        self.reason = reason
    }

    /// "line L, column C: reason".
    public var description: String { "line \(location.line), column \(location.column): \(reason)" }
}
