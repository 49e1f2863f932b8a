import FullKit

#if canImport(Glibc)
import Glibc
#endif

/// Where a report goes: standard output, or the file `--output` names, written atomically (a temporary file beside it,
/// renamed over it only when the report is complete, so a reader never sees half a report and an interrupted run
/// leaves the old file as it was).
final class ReportSink: @unchecked Sendable {
    /// The file being written and where it goes, or nil for standard output.
    private var file: (descriptor: Int32, temporary: String, destination: String)?

    /// A sink writing to standard output.
    init() {}

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
        file = (descriptor, temporary, path)
    }

    /// Whether the report goes to a file.
    var isFile: Bool { file != nil }

    /// Writes report text: to the file as it is (the renderers made pack text inert), to standard output through
    /// `StandardStreams` (control characters shown visibly). JSON is written with `json`.
    func write(_ text: String) {
        guard let file else { return StandardStreams.out(text) }
        Self.writeAll(text, to: file.descriptor)
    }

    /// Writes JSON text, its raw controls as `\uXXXX` escapes.
    func json(_ text: String) {
        guard let file else { return StandardStreams.json(text) }
        Self.writeAll(TerminalText.jsonSafe(text), to: file.descriptor)
    }

    /// Writes text that carries FullKit's own colour codes (already made inert by the renderer) to standard output.
    func styled(_ text: String) {
        guard let file else { return StandardStreams.styled(text) }
        Self.writeAll(text, to: file.descriptor)
    }

    /// Completes the file: flushes it to disk and renames it over the destination. False after printing why not.
    @discardableResult
    func finish() -> Bool {
        guard let file else { return true }
        self.file = nil
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
        guard let file else { return }
        close(file.descriptor)
        unlink(file.temporary)
    }

    private static func writeAll(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
