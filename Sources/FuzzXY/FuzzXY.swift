// libFuzzer harness: any bytes as an XY file, as CSV, KiCad .pos and Eagle .mnt.
import FullKit

/// The libFuzzer entry point: reads the input as an XY file under several names.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXY(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    for name in ["xy.csv", "board.pos", "board.mnt"] { _ = PlacementReader.read(bytes, fileName: name) }
    return 0
}
