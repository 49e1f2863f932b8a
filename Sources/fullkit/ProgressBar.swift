import Synchronization

/// A one-line progress bar redrawn on standard error (only when it is a terminal). Each drawing pads to the longest
/// line drawn so far and clearing blanks that width, so no character of a longer line is left behind.
final class ProgressBar: Sendable {
    let total: Int
    let enabled: Bool
    /// The longest line drawn so far, in characters.
    private let widest = Mutex(0)

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    /// Draws the bar for `done` of `total` packs, `failed` of them failed.
    func draw(done: Int, failed: Int) {
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = done * width / total
        let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
        let line = "[\(bar)] \(done)/\(total) packs, \(failed) failed"
        let padding = widest.withLock { widest in
            defer { widest = max(widest, line.count) }
            return max(0, widest - line.count)
        }
        StandardStreams.terminalControl("\r" + line + String(repeating: " ", count: padding))
    }

    /// Blanks the bar's line.
    func clear() {
        guard enabled else { return }
        let width = widest.withLock { $0 }
        StandardStreams.terminalControl("\r" + String(repeating: " ", count: width) + "\r")
    }
}
