/// A data pack read, identified and parsed: the model every rule checks.
public struct AnalyzedPack: Sendable {
    /// The paths the pack came from.
    public var inputs: [String]
    /// Every readable file, identified and parsed, sorted by path.
    public var entries: [PackEntry]
    /// Files or members that could not be read.
    public var problems: [LoadProblem]

    /// The entries with `role` (and `side`, when given).
    public func entries(_ role: FileRole, side: BoardSide? = nil) -> [PackEntry] {
        entries.filter { $0.identification.role == role && (side == nil || $0.identification.side == side) }
    }

    /// The first job file that parsed.
    public var jobFile: GerberJobFile? {
        entries.lazy.compactMap { entry -> GerberJobFile? in
            if case .jobFile(let job) = entry.content { return job }
            return nil
        }.first
    }
}
