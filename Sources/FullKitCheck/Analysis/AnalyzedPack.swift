import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// A data pack read, identified and parsed: the model every rule checks.
public struct AnalyzedPack: Sendable {
    /// The paths the pack came from.
    public var inputs: [String]
    /// Every readable file, identified and parsed, sorted by path.
    public var entries: [PackEntry]
    /// Files or members that could not be read.
    public var problems: [LoadProblem]
    /// For each XY file, the unit and sign convention under which its placements fit the board.
    public var xyConventions: [XYConvention] = []

    public init(inputs: [String], entries: [PackEntry], problems: [LoadProblem]) {
        self.inputs = inputs
        self.entries = entries
        self.problems = problems
        xyConventions = XYConvention.detect(in: self)
    }

    /// The board's extent: the extent of the one outline layer, when there is exactly one and it draws something.
    public var boardExtent: Extent? {
        let outlines = entries(.outline)
        guard outlines.count == 1, case .gerber(let document) = outlines[0].content, let board = document.extent,
            board.width > 0, board.height > 0
        else { return nil }
        return board
    }

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
