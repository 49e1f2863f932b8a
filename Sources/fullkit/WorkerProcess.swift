import FoundationEssentials
import FullKit
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// One `fullkit worker` child: a path goes in on its standard input, one JSON line comes back.
final class WorkerProcess: @unchecked Sendable {
    private let pid: pid_t
    private let input: Int32
    private let output: Int32
    private var buffer: [UInt8] = []
    private(set) var isAlive = true

    private init(pid: pid_t, input: Int32, output: Int32) {
        self.pid = pid
        self.input = input
        self.output = output
    }

    /// Held while a worker's pipes are made and it is spawned: a worker spawned by another thread in between would
    /// inherit this one's pipe ends, and after the batch died the two would wait on each other's input for ever (seen
    /// in the SIGTERM test: both workers alive, holding both ends of each other's pipes).
    private static let spawning = Mutex(())

    /// Marks every descriptor this process inherited or opened (from 3 up) close-on-exec, once, before the first
    /// worker: a worker gets its standard streams and nothing else (not the `--output` file being written, nor a
    /// socket the batch's own parent handed down, which would keep that parent waiting for the batch to end).
    /// The open descriptors are those Linux lists in `/proc/self/fd` (a handful), not the whole table (20 000 calls,
    /// 3 ms); where there is no such list, every one up to the table's size.
    private static let inheritedClosedOnSpawn: Void = {
        let open =
            (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap { Int32($0) }
            ?? Array(3..<Int32(min(getdtablesize(), 65_536)))
        for descriptor in open where descriptor >= 3 { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    }()

    /// A new worker given `arguments` (policy options), or nil when it cannot be spawned.
    static func start(arguments: [String]) -> WorkerProcess? {
        spawning.withLock { _ in spawn(arguments: arguments) }
    }

    private static func spawn(arguments: [String]) -> WorkerProcess? {
        inheritedClosedOnSpawn
        var toChild: [Int32] = [0, 0]
        var fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0 else { return nil }
        guard pipe(&fromChild) == 0 else {
            close(toChild[0])
            close(toChild[1])
            return nil
        }
        // Close-on-exec at once: only this worker's spawn maps two of them onto its standard streams (dup2 clears
        // the flag there).
        for descriptor in [toChild[0], toChild[1], fromChild[0], fromChild[1]] {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        for descriptor in [toChild[0], toChild[1], fromChild[0], fromChild[1]] {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let words: [String] = [executablePath, "worker"] + arguments
        let arguments = words.map { strdup($0) } + [nil]
        defer { for argument in arguments { free(argument) } }
        // The batch ignores SIGINT and SIGTERM while it handles them itself; a worker takes the defaults again, so
        // Ctrl-C on the terminal stops it at once.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGTERM)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executablePath, &actions, &attributes, arguments, environ)
        close(toChild[0])
        close(fromChild[1])
        guard spawned == 0 else {
            close(toChild[1])
            close(fromChild[0])
            return nil
        }
        return WorkerProcess(pid: pid, input: toChild[1], output: fromChild[0])
    }

    func check(_ path: String, timeout: Double) -> BatchRunner.Outcome {
        let request = JSONReportRenderer.renderLine([path])
        guard writeAll(Array(request.utf8)) else { return died() }
        switch readLine(deadline: ContinuousClock.now + .milliseconds(Int(timeout * 1000))) {
        case .line(let line):
            if let report = try? JSONDecoder().decode(CheckReport.self, from: Data(line)) { return .checked(report) }
            let reason = (try? JSONDecoder().decode([String: String].self, from: Data(line)))?["error"]
            return .unchecked(reason: "could not read: \(reason ?? "the check's report is unreadable")")
        case .timedOut:
            stop()
            let limit = timeout == timeout.rounded() ? String(Int(timeout)) : String(timeout)
            return .unchecked(reason: "the check ran past the per-pack limit of \(limit) s and was stopped")
        case .closed:
            return died()
        }
    }

    func stop() {
        guard isAlive else { return }
        isAlive = false
        kill(pid, SIGKILL)
        reap()
    }

    private func died() -> BatchRunner.Outcome {
        isAlive = false
        let status = reap()
        return .unchecked(reason: "the check crashed (signal \(status & 0x7F)); please report this pack")
    }

    @discardableResult
    private func reap() -> Int32 {
        close(input)
        close(output)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status
    }

    private func writeAll(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    private enum ReadResult {
        case line([UInt8])
        case timedOut
        case closed
    }

    private func readLine(deadline: ContinuousClock.Instant) -> ReadResult {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[..<newline])
                buffer.removeFirst(newline + 1)
                return .line(line)
            }
            let remaining = ContinuousClock.now.duration(to: deadline)
            guard remaining > .zero else { return .timedOut }
            var poller = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(
                min(
                    remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000 + 1,
                    1000))
            if poll(&poller, 1, milliseconds) < 0, errno != EINTR { return .closed }
            guard poller.revents != 0 else { continue }
            let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return .closed }
            buffer += chunk[0..<count]
        }
    }

    /// This executable, to run as the worker.
    private static let executablePath: String = {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        return length > 0
            ? String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            : CommandLine.arguments[0]
    }()
}
