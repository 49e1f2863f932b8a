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

    /// Why, when FullKit refused rather than the system failing.
    private let reason: String?

    init(_ operation: String, code: Int32 = errno, reason: String? = nil) {
        self.operation = operation
        self.code = code
        self.reason = reason
    }

    /// The system's message for `code`, or FullKit's reason for refusing.
    public var message: String { reason ?? String(cString: strerror(code)) }

    /// What was being done and why it failed.
    public var description: String { "\(operation): \(message)" }
}
