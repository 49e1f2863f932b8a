import FullKit
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Where a report goes: standard output, or the file `--output` names, written atomically (a temporary file beside it,
/// renamed over it only when the report is complete, so a reader never sees half a report and an interrupted run
/// leaves the old file as it was).
final class ReportSink: Sendable {
    /// The file being written and where it goes.
    private struct Destination {
        var descriptor: Int32
        var temporary: String
        var destination: String
    }

    /// The file being written, until finished or abandoned (a signal handler may abandon it from another thread).
    private let file = Mutex<Destination?>(nil)
    /// Whether the report goes to a file.
    let isFile: Bool

    /// A sink writing to standard output.
    init() {
        isFile = false
    }

    /// A sink writing to `path` through a temporary file in the same folder; nil after printing why it cannot be.
    init?(path: String) {
        var template = Array((OutputPath.folder(of: path) + "/.fullkit-output-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            StandardStreams.error(
                "fullkit: error: cannot write --output \(path): \(String(cString: strerror(errno))) (nothing was written)\n"
            )
            return nil
        }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        _ = fchmod(descriptor, 0o644)
        file.withLock { $0 = Destination(descriptor: descriptor, temporary: temporary, destination: path) }
        isFile = true
    }

    /// Writes report text: to the file as it is (the renderers made pack text inert), to standard output through
    /// `StandardStreams` (control characters shown visibly). JSON is written with `json`.
    func write(_ text: String) {
        guard isFile else { return StandardStreams.out(text) }
        file.withLock { file in if let file { StandardStreams.write(text, to: file.descriptor) } }
    }

    /// Writes JSON text, its raw controls as `\uXXXX` escapes.
    func json(_ text: String) {
        guard isFile else { return StandardStreams.json(text) }
        let safe = TerminalText.jsonSafe(text)
        file.withLock { file in if let file { StandardStreams.write(safe, to: file.descriptor) } }
    }

    /// Writes text that carries FullKit's own colour codes (already made inert by the renderer) to standard output.
    func styled(_ text: String) {
        guard isFile else { return StandardStreams.styled(text) }
        file.withLock { file in if let file { StandardStreams.write(text, to: file.descriptor) } }
    }

    /// Completes the file: flushes it to disk and renames it over the destination. False after printing why not.
    @discardableResult
    func finish() -> Bool {
        guard isFile else { return true }
        guard let file = take() else { return false }
        let synced = fsync(file.descriptor) == 0
        close(file.descriptor)
        guard synced, rename(file.temporary, file.destination) == 0 else {
            StandardStreams.error(
                "fullkit: error: cannot write --output \(file.destination): \(String(cString: strerror(errno)))\n")
            unlink(file.temporary)
            return false
        }
        return true
    }

    /// Drops the temporary file (an interrupted run): the destination is left as it was.
    func abandon() {
        guard let file = take() else { return }
        close(file.descriptor)
        unlink(file.temporary)
    }

    /// The file being written, taken out of the sink: only one of `finish` and `abandon` gets it.
    private func take() -> Destination? {
        file.withLock { file in
            defer { file = nil }
            return file
        }
    }
}
