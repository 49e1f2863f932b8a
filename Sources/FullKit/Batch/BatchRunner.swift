import Dispatch
import Synchronization

/// Checks many packs on every core, reporting each result in input order as soon as it and all before it are done.
public struct BatchRunner: Sendable {
    /// The outcome for one pack.
    public enum Outcome: Sendable {
        case checked(CheckReport)
        /// The pack could not be checked at all.
        case failed(PackInputError)
    }

    public var checker: PackChecker

    public init(checker: PackChecker = PackChecker()) {
        self.checker = checker
    }

    /// Checks every pack in `paths`; `report` is called once per pack, in the order of `paths`, from one thread at a time.
    public func run(_ paths: [String], report: @Sendable (Int, String, Outcome) -> Void) {
        struct Progress {
            var results: [Outcome?]
            var nextToReport = 0
        }
        let progress = Mutex(Progress(results: Array(repeating: nil, count: paths.count)))
        let checker = self.checker
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            let outcome: Outcome
            do throws(PackInputError) {
                outcome = .checked(try checker.check([paths[index]]))
            } catch {
                outcome = .failed(error)
            }
            progress.withLock { state in
                state.results[index] = outcome
                while state.nextToReport < paths.count, let ready = state.results[state.nextToReport] {
                    report(state.nextToReport, paths[state.nextToReport], ready)
                    state.results[state.nextToReport] = nil
                    state.nextToReport += 1
                }
            }
        }
    }
}
