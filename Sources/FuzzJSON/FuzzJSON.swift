// libFuzzer harness: any bytes as JSON: the strict syntax check, a job file and an operator's policy.
import FullKit

/// The libFuzzer entry point: checks the syntax, then reads the input as a job file and as a policy.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    _ = JSONSyntax.firstError(in: bytes)
    _ = try? GerberJobFile.read(bytes)
    _ = try? Policy.read(bytes)
    return 0
}
