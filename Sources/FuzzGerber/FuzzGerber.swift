// libFuzzer harness: any bytes as a Gerber file. Build and run with Scripts/fuzz.
import FullKit

/// The libFuzzer entry point: reads the input as a Gerber file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGerber(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    _ = GerberReader.read(UnsafeRawBufferPointer(start: start, count: count))
    return 0
}
