// libFuzzer harness: any bytes as delimited text (delimiter sniffing, quoting, white-space mode).
import FullKit

/// The libFuzzer entry point: decodes the input and splits it into CSV records.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    let text = DecodedText(bytes).utf8
    _ = CSVReader.rows(text, delimiter: CSVReader.sniffDelimiter(text))
    _ = CSVReader.rows(text, delimiter: nil)
    return 0
}
