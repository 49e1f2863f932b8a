// libFuzzer harness: any bytes as a BOM (CSV and, when the bytes are a ZIP, an .xlsx workbook).
import FullKit

/// The libFuzzer entry point: reads the input as a BOM (and as a workbook, when it is a ZIP).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBOM(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    _ = BOMReader.read(bytes)
    if bytes.starts(with: [0x50, 0x4B]) { _ = BOMReader.readWorkbook(bytes) }
    return 0
}
