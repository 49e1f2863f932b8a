// libFuzzer harness: any bytes as an uploaded archive (ZIP fast path, libarchive, nested archives).
// Build: swift build -c release --sanitize fuzzer --sanitize address --product FuzzArchive (see Scripts/fuzz).
import FullKit

/// The libFuzzer entry point: loads the input as an uploaded archive.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArchive(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    var limits = ReadLimits()
    limits.maximumMemberSize = 16 << 20
    limits.maximumTotalSize = 64 << 20
    _ = PackLoader(limits: limits).load(archive: bytes, named: "fuzz.zip")
    return 0
}
