import Dispatch
import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport
import Synchronization

/// Checks many packs on every core, reporting each result in input order as soon as it and all before it are done.
public struct BatchRunner: Sendable {
    /// The outcome for one pack: its report, or why it could not be checked.
    public typealias Outcome = PackResult.Outcome

    /// Decides one pack; the default checks in this process, `fullkit batch` runs each pack in a child process.
    public var check: @Sendable (String) -> Outcome

    /// A runner that checks each pack in this process with `checker`.
    public init(checker: PackChecker = PackChecker()) {
        self.check = { path in
            do throws(PackInputError) {
                return .checked(try checker.check([path]))
            } catch {
                return .unchecked(reason: "could not read: \(error.reason)")
            }
        }
    }

    /// A runner that decides each pack with `check`.
    public init(check: @escaping @Sendable (String) -> Outcome) {
        self.check = check
    }

    /// Checks every pack in `paths`; `report` is called once per pack, in the order of `paths`, from one thread at a
    /// time; `progress` is called after every pack, in completion order, with the count done so far.
    public func run(
        _ paths: [String],
        progress: @Sendable (Int) -> Void = { _ in },
        report: @Sendable (Int, String, Outcome) -> Void
    ) {
        struct State {
            var results: [Outcome?]
            var nextToReport = 0
            var done = 0
        }
        let state = Mutex(State(results: Array(repeating: nil, count: paths.count)))
        let check = self.check
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            let outcome = check(paths[index])
            state.withLock { state in
                state.results[index] = outcome
                state.done += 1
                while state.nextToReport < paths.count, let ready = state.results[state.nextToReport] {
                    report(state.nextToReport, paths[state.nextToReport], ready)
                    state.results[state.nextToReport] = nil
                    state.nextToReport += 1
                }
                progress(state.done)
            }
        }
    }
}
