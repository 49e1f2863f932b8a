/// A file of the pack that is an identical copy of another (line endings aside): listed, but judged once.
public struct IdenticalCopy: Sendable {
    /// The copy.
    public var entry: PackEntry
    /// The display path of the file it copies (the first of the copies in path order).
    public var original: String
}
