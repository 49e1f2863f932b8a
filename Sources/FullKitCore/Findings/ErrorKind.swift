/// What went wrong, for one of FullKit's error types (`Domain`): a struct of named values rather than an enum, as
/// swift-nio shapes its errors, so that kinds can be added without breaking callers. Each error type names its kinds
/// in an extension (`extension ErrorKind where Domain == LoadError`), so every error has its own set.
public struct ErrorKind<Domain>: Sendable, Hashable, CustomStringConvertible {
    private let name: String

    /// A kind called `name`.
    package init(_ name: String) {
        self.name = name
    }

    /// The kind in words.
    public var description: String { name }
}
