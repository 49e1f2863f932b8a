import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs `fullkit` with `posix_spawn` and reaps it with `wait4`, so that its peak memory (`ru_maxrss`) and wall time
/// are measured from outside the process, for that one child only.
enum MeasuredRun {
    struct Result {
        var exitCode: Int32?
        var signal: Int32?
        var seconds: Double
        var peakResidentKilobytes: Int
        var standardOutput: String
    }

    static func run(_ arguments: [String]) throws -> Result {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("fullkit-out-\(UUID().uuidString)").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let executable = FullKitBinary.executable.path
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let start = Date()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Date().timeIntervalSince(start)
        let exited = status & 0x7F == 0
        return Result(
            exitCode: exited ? (status >> 8) & 0xFF : nil,
            signal: exited ? nil : status & 0x7F,
            seconds: seconds,
            peakResidentKilobytes: usage.ru_maxrss,
            standardOutput: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "")
    }
}
