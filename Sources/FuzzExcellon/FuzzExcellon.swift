// libFuzzer harness: any bytes as an Excellon drill file. Build and run with Scripts/fuzz.
import FullKit

/// The libFuzzer entry point: reads the input as an Excellon drill file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExcellon(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    _ = ExcellonReader.read([UInt8](UnsafeRawBufferPointer(start: start, count: count)))
    return 0
}
