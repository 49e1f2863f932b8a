import FullKit
import Testing

@Suite("Text decoding")
struct DecodedTextTests {
    @Test("a UTF-8 byte-order mark is removed")
    func utf8BOM() {
        let decoded = DecodedText([0xEF, 0xBB, 0xBF] + Array("Ref,Val\n".utf8))
        #expect(decoded.encoding == .utf8WithBOM)
        #expect(decoded.utf8 == Array("Ref,Val\n".utf8))
    }

    @Test("UTF-16LE and UTF-16BE with BOM become UTF-8, Ω and µ intact")
    func utf16() {
        let text = "R1\t10kΩ\t1µF\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(DecodedText(little).encoding == .utf16LittleEndian)
        #expect(DecodedText(little).utf8 == Array(text.utf8))
        #expect(DecodedText(big).encoding == .utf16BigEndian)
        #expect(DecodedText(big).utf8 == Array(text.utf8))
    }

    @Test("invalid UTF-8 falls back to Windows-1252 and names the first bad byte")
    func windows1252() {
        let decoded = DecodedText(Array("R1,10k".utf8) + [0xB5, 0x80] + Array("\n".utf8))
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.firstInvalidByteOffset == 6)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "R1,10kµ€\n")
    }
}
