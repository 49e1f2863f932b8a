import FullKitCore

/// The files of a data pack as read from its inputs, before any of them is parsed.
public struct LoadedPack: Sendable {
    /// The paths the pack was read from, as given.
    public let inputs: [String]
    /// Every readable file, archives opened, sorted by path.
    public let files: [PackFile]
    /// Every file or archive member that could not be read.
    public let problems: [LoadProblem]

    /// A pack read from `inputs`: its `files` and what could not be read.
    public init(inputs: [String], files: [PackFile], problems: [LoadProblem]) {
        self.inputs = inputs
        self.files = files
        self.problems = problems
    }
}
