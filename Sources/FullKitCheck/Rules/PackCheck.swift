import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// A group of related rules checked together over the analysed pack.
protocol PackCheck: Sendable {
    /// The rules this check can report.
    var rules: [Rule] { get }
    /// The findings for `pack`, judged under `policy`.
    func check(_ pack: AnalyzedPack, policy: Policy) -> [Finding]
}
