import FullKit
import Testing

@Suite("Line index")
struct LineIndexTests {
    @Test(
        "LF, CR LF and lone CR each end one line; offsets in any order; columns count bytes",
        arguments: [
            ("a\nbc\r\nd\re", [0, 2, 3, 4, 6, 8, 9], [(1, 1), (2, 1), (2, 2), (2, 3), (3, 1), (4, 1), (4, 2)]),
            ("x\r\n\r\ny", [5, 3, 0], [(3, 1), (2, 1), (1, 1)]),
            ("µ\n", [2, 3, 99], [(1, 3), (2, 1), (2, 1)]),
        ])
    func locations(text: String, offsets: [Int], expected: [(Int, Int)]) {
        let bytes = Array(text.utf8)
        let found = bytes.withUnsafeBytes { LineIndex.locations(of: offsets, in: $0) }
        #expect(found.map { [$0.line, $0.column] } == expected.map { [$0.0, $0.1] })
    }
}
