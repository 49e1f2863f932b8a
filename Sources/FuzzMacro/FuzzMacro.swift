// libFuzzer harness: any bytes as the body of an aperture macro, inside a fixed Gerber frame that defines it, uses it
// in three apertures with different arguments and flashes them, so every input reaches the macro's expression
// parser and evaluator (a whole-file harness rarely gets past the header). Build and run with Scripts/fuzz.
import FullKit

private let head = Array("%FSLAX46Y46*%\n%MOMM*%\n%AMFUZZ*\n".utf8)
private let tail = Array(
    "*%\n%ADD10FUZZ,1X2X3*%\n%ADD11FUZZ,-0.5X1e3*%\n%ADD12FUZZ*%\nD10*\nX0Y0D03*\nD11*\nX1Y1D03*\nD12*\nX2Y2D03*\nM02*\n"
        .utf8)

/// The libFuzzer entry point: reads the input as a macro body.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMacro(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let file = head + [UInt8](UnsafeRawBufferPointer(start: start, count: count)) + tail
    _ = GerberReader.read(file)
    return 0
}
