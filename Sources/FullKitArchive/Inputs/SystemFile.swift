import FullKitCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only file opened with `open(2)`, read with `pread(2)`; closed when the last copy goes away.
///
/// `pread` keeps no shared offset, so one `SystemFile` serves many threads at once.
public final class SystemFile: Sendable {
    private let descriptor: Int32
    /// The path the file was opened from.
    public let path: String
    /// The file's size in bytes at the time it was opened.
    public let size: Int

    /// Opens the regular file at `path` for reading and records its size (`fstat(2)`).
    ///
    /// Anything but a regular file is refused without blocking: `O_NONBLOCK` keeps `open(2)` from waiting for the
    /// writer of a FIFO, and the type is checked on the opened descriptor, so a path swapped between a check and the
    /// open cannot slip through. A regular file ignores `O_NONBLOCK`.
    public init(path: String) throws(SystemError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { throw SystemError("open \(path)") }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let error = SystemError("stat \(path)")
            close(descriptor)
            throw error
        }
        let type = status.st_mode & S_IFMT
        guard type == S_IFREG else {
            close(descriptor)
            throw SystemError(
                "open \(path)", code: type == S_IFDIR ? EISDIR : EINVAL,
                reason: type == S_IFDIR
                    ? nil : "not a regular file (a FIFO, device or socket); FullKit reads only files")
        }
        self.descriptor = descriptor
        self.path = path
        self.size = Int(status.st_size)
    }

    deinit { close(descriptor) }

    /// Reads exactly `buffer.count` bytes at `offset` with `pread(2)`; fewer only at the end of the file.
    /// Returns the number of bytes read.
    public func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(SystemError) -> Int {
        var done = 0
        while done < buffer.count {
            let result = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if result < 0 {
                if errno == EINTR { continue }
                throw SystemError("read \(path)")
            }
            if result == 0 { break }
            done += result
        }
        return done
    }

    /// Reads the whole file into a new array.
    public func readAll() throws(SystemError) -> [UInt8] {
        var failure: SystemError?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            do throws(SystemError) {
                initialized = try read(into: UnsafeMutableRawBufferPointer(buffer), at: 0)
            } catch {
                failure = error
                initialized = 0
            }
        }
        if let failure { throw failure }
        return bytes
    }
}
