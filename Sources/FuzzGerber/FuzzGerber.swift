// libFuzzer harness: any bytes as a Gerber file. Build and run with Scripts/fuzz.
import FullKit

/// The libFuzzer entry point: reads the input as a Gerber file, plainly and in image mode, and draws the image as
/// SVG (as `fullkit render` does).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGerber(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    _ = GerberReader.read(bytes)
    let document = GerberReader.read(bytes, recordingImage: true)
    if let image = document.image {
        let layer = BoardArtwork.Layer(file: "fuzz.gbr", kind: .copper, side: .top, image: image)
        _ = BoardSVGRenderer.render(BoardArtwork(layers: [layer], extent: document.extent), side: .top)
    }
    return 0
}
