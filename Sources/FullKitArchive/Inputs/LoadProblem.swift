import FullKitCore

/// A file or archive of the pack that could not be read, or was read only in part.
public struct LoadProblem: Sendable {
    /// The display path of the file or member.
    public let path: String
    /// What went wrong.
    public let error: LoadError

    /// A problem with the file or member shown as `path`.
    public init(path: String, error: LoadError) {
        self.path = path
        self.error = error
    }
}
