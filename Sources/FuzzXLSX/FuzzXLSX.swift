// libFuzzer harness: any bytes as the XML of an .xlsx workbook's shared strings and first sheet (split at the first
// NUL byte), read straight into the sheet's rows. A whole-workbook harness spends its inputs on the ZIP container;
// this one reaches the XML reader and the cell decoding with every input. Build and run with Scripts/fuzz.
import FullKit

/// The libFuzzer entry point: reads the input as shared strings, a NUL, and a sheet.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    let split = bytes.firstIndex(of: 0) ?? 0
    _ = XLSXReader.csv(sheet: Array(bytes[split...].dropFirst()), sharedStrings: Array(bytes[..<split]))
    return 0
}
