import Dispatch

#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C (SIGINT) and SIGTERM taken over while a report is being written: the default action would end the process
/// with an `--output` file half-made and no summary.
enum StopSignals {
    /// Ignores SIGINT and SIGTERM and calls `handler` with the signal's number when one arrives (on a dispatch queue);
    /// the handler ends the process. Cancel the sources returned to stop handling them.
    static func handle(_ handler: @escaping @Sendable (Int32) -> Void) -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { handler(number) }
            source.resume()
            return source
        }
    }
}
