import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs `fullkit` and measures its wall time and peak memory from outside the process.
///
/// The peak comes from GNU time (`/usr/bin/time -f %M`, Debian package `time`, installed by
/// `Scripts/install-dependencies`), which forks: a child that `posix_spawn` starts is a vfork of the test process,
/// and Linux carries the parent's peak into the child's `ru_maxrss` at exec, so a large test process (an ASan build
/// holding a 100 MB fixture) would be reported as the child's peak. Without GNU time, `wait4`'s `ru_maxrss` is used.
enum MeasuredRun {
    struct Result {
        var exitCode: Int32?
        var signal: Int32?
        var seconds: Double
        var peakResidentKilobytes: Int
        var standardOutput: String
    }

    /// Runs `fullkit arguments`; past `killAfter` seconds the run (GNU time and FullKit, one process group) is
    /// killed, so that a hang fails the test instead of stalling the suite.
    static func run(_ arguments: [String], killAfter: Double = 60) throws -> Result {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fullkit-out-\(UUID().uuidString)"
        ).path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let statsPath = outputPath + ".time"
        defer { unlink(statsPath) }
        let timer = "/usr/bin/time"
        let timed = FileManager.default.isExecutableFile(atPath: timer)
        let executable = timed ? timer : FullKitBinary.executable.path
        let prefix = timed ? [timer, "-f", "%M %x", "-o", statsPath, FullKitBinary.executable.path] : [executable]
        let argv = (prefix + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var pid = pid_t()
        let start = Date()
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        var usage = rusage()
        while true {
            let waited = wait4(pid, &status, WNOHANG, &usage)
            if waited == pid || (waited < 0 && errno != EINTR) { break }
            if Date().timeIntervalSince(start) > killAfter {
                kill(-pid, SIGKILL)
                while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
                break
            }
            usleep(20_000)
        }
        let seconds = Date().timeIntervalSince(start)
        let exited = status & 0x7F == 0
        var result = Result(
            exitCode: exited ? (status >> 8) & 0xFF : nil,
            signal: exited ? nil : status & 0x7F,
            seconds: seconds,
            peakResidentKilobytes: usage.ru_maxrss,
            standardOutput: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "")
        if timed {
            // "%M %x" on the last line; before it, "Command terminated by signal N" when the command was killed.
            let lines = ((try? String(contentsOfFile: statsPath, encoding: .utf8)) ?? "").split(separator: "\n")
            let fields = lines.last?.split(separator: " ").compactMap { Int32($0) } ?? []
            if fields.count == 2 { result.peakResidentKilobytes = Int(fields[0]) }
            if let killed = lines.first(where: { $0.hasPrefix("Command terminated by signal ") }) {
                result.signal = Int32(killed.split(separator: " ").last ?? "")
                result.exitCode = nil
            } else if fields.count == 2 {
                result.exitCode = fields[1]
            }
        }
        return result
    }
}
