// libFuzzer harness: any bytes as a workbook BOM (a legacy .xls: OLE2 compound file + BIFF8; else an .xlsx).
import FullKit

/// The libFuzzer entry point: reads the input as a workbook BOM.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLS(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    _ = BOMReader.readWorkbook([UInt8](UnsafeRawBufferPointer(start: start, count: count)))
    return 0
}
