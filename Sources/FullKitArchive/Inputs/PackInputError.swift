import FullKitCore

/// An input path that cannot be used at all: FullKit stops with exit code 2 rather than judge the pack.
public struct PackInputError: Error, Sendable, CustomStringConvertible {
    /// The path as given.
    public let path: String
    /// Why it cannot be used.
    public let reason: String

    /// An error about `path`, saying why it cannot be used.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
