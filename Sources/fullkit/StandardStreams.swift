#if canImport(Glibc)
import Glibc
#endif

/// Writing to standard output and standard error with `write(2)`, one call per message, without Foundation.
enum StandardStreams {
    static func out(_ text: String) {
        write(text, to: 1)
    }

    static func error(_ text: String) {
        write(text, to: 2)
    }

    /// Whether standard error is a terminal (for the progress bar).
    static var errorIsTerminal: Bool { isatty(2) != 0 }

    private static func write(_ text: String, to descriptor: Int32) {
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
