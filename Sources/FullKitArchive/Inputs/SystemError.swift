import FullKitCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An error from a C system call, carrying `errno` and what was being done.
public struct SystemError: Error, Sendable, CustomStringConvertible {
    /// The `errno` value reported by the call.
    public let code: Int32
    /// What FullKit was doing, e.g. "open /path".
    public let operation: String

    init(_ operation: String, code: Int32 = errno) {
        self.operation = operation
        self.code = code
    }

    /// What was being done and the system's message for `code`.
    public var description: String { "\(operation): \(String(cString: strerror(code)))" }
}
