/// A one-line progress bar redrawn on standard error (only when it is a terminal).
struct ProgressBar {
    let total: Int
    let enabled: Bool

    func draw(done: Int, failed: Int) {
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = done * width / total
        let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
        StandardStreams.error("\r[\(bar)] \(done)/\(total) packs, \(failed) failed")
    }

    func clear() {
        guard enabled else { return }
        StandardStreams.error("\r" + String(repeating: " ", count: 60) + "\r")
    }
}
