import FoundationEssentials
import FullKit
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Checks packs in child `fullkit worker` processes, so that a pack that crashes the reader or runs past `timeout`
/// is reported as such and never stops the rest of a batch. Workers are reused from pack to pack (starting a process
/// per pack costs more than checking a small pack); a worker that crashed or was stopped is replaced.
final class IsolatedCheck: Sendable {
    /// The most seconds one pack may take before its worker is killed.
    let timeout: Double
    /// Options passed on to every worker (`--profile`, `--policy`).
    let workerArguments: [String]
    private let idle = Mutex<[WorkerProcess]>([])

    init(timeout: Double, workerArguments: [String]) {
        self.timeout = timeout
        self.workerArguments = workerArguments
    }

    deinit {
        idle.withLock { workers in for worker in workers { worker.stop() } }
    }

    func run(_ path: String) -> BatchRunner.Outcome {
        guard let worker = idle.withLock({ $0.popLast() }) ?? WorkerProcess.start(arguments: workerArguments) else {
            return .unchecked(reason: "could not start a check process")
        }
        let outcome = worker.check(path, timeout: timeout)
        if worker.isAlive { idle.withLock { $0.append(worker) } }
        return outcome
    }
}
