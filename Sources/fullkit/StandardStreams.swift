import FullKit

#if canImport(Glibc)
import Glibc
#endif

/// Writing to standard output and standard error with `write(2)`, one call per message, without Foundation. Every
/// message passes through `TerminalText.sanitized`: text from a pack (file names, cells) never reaches a terminal with
/// its control characters.
enum StandardStreams {
    /// Writes `text` to standard output, control characters shown visibly.
    static func out(_ text: String) {
        write(TerminalText.sanitized(text), to: 1)
    }

    /// Writes JSON to standard output, the controls the encoder leaves raw written as `\uXXXX` escapes (see
    /// `TerminalText.jsonSafe`): inert on a terminal, exact for a JSON reader.
    static func json(_ text: String) {
        write(TerminalText.jsonSafe(text), to: 1)
    }

    /// Writes text that carries FullKit's own colour codes to standard output as it is: the renderer made every line
    /// from the pack inert (`TerminalText.sanitized`) before adding them.
    static func styled(_ text: String) {
        write(text, to: 1)
    }

    /// Writes `text` to standard error, control characters shown visibly.
    static func error(_ text: String) {
        write(TerminalText.sanitized(text), to: 2)
    }

    /// Writes FullKit's own terminal control text (the progress bar's carriage returns) to standard error as it is.
    static func terminalControl(_ text: String) {
        write(text, to: 2)
    }

    /// The whole text of the file at `path`, or of standard input when nil (for `--files-from` and `merge`); nil when
    /// it cannot be read.
    static func readAll(_ path: String?) -> String? {
        readBytes(path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of the file at `path`, or of standard input when nil; nil when it cannot be read.
    static func readBytes(_ path: String?) -> [UInt8]? {
        let descriptor = path.map { open($0, O_RDONLY | O_CLOEXEC) } ?? 0
        guard descriptor >= 0 else { return nil }
        defer { if path != nil { close(descriptor) } }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
        }
    }

    /// Whether standard output is a terminal (for `--color auto`).
    static var outputIsTerminal: Bool { isatty(1) != 0 }

    /// Whether standard error is a terminal (for the progress bar).
    static var errorIsTerminal: Bool { isatty(2) != 0 }

    /// Writes all of `text` to `descriptor` with `write(2)`, retried on interruption (also `ReportSink`'s writer).
    static func write(_ text: String, to descriptor: Int32) {
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
