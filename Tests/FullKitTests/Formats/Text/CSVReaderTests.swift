import Foundation
import FullKit
import Testing

@Suite("CSV reader")
struct CSVReaderTests {
    @Test("quotes, doubled quotes, delimiters and newlines inside quotes (RFC 4180)")
    func quoting() {
        let rows = CSVReader.rows(Array("a,\"b, \"\"c\"\"\",\"d\ne\"\r\nx,y,z\n".utf8), delimiter: UInt8(ascii: ","))
        #expect(rows == [["a", "b, \"c\"", "d\ne"], ["x", "y", "z"]])
    }

    @Test("fields of every length up to 20 with quotes, doubled quotes and line breaks inside read back as written")
    func roundTrip() {
        let pieces = ["a", "\"", ",", "\n", "\r\n", "µ", "x y", ";", "0"]
        var random = SeededGenerator(seed: 42)
        func next(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &random) }
        for _ in 0..<300 {
            let rows = (0..<(1 + next(3))).map { _ in
                (0..<(1 + next(4))).map { _ in (0..<(1 + next(20))).map { _ in pieces[next(pieces.count)] }.joined() }
            }
            let text =
                rows.map { row in
                    row.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",")
                }.joined(separator: "\n") + "\n"
            #expect(CSVReader.rows(Array(text.utf8), delimiter: UInt8(ascii: ",")) == rows, "\(text)")
        }
    }

    @Test(
        "the delimiter is sniffed outside quotes",
        arguments: [
            ("Designator,Mid X,Mid Y\nR1,1,2\n", UInt8(ascii: ",")),
            ("Qty;Value;Parts\n2;10k;\"R1, R2\"\n", UInt8(ascii: ";")),
            ("ID\tName\tDesignator\n1\tX\tU4, U3\n", UInt8(ascii: "\t")),
            ("Ref|X|Y\nR1|1|2\n", UInt8(ascii: "|")),
        ])
    func sniffing(text: String, expected: UInt8) {
        #expect(CSVReader.sniffDelimiter(Array(text.utf8)) == expected)
    }

    @Test("blank lines (also a lone \"\" as Altium writes) are skipped; an empty field in the middle is kept")
    func blanks() {
        #expect(CSVReader.rows(Array("a,,c\n\n  \n,\n\"\"\n".utf8), delimiter: UInt8(ascii: ",")) == [["a", "", "c"]])
    }

    @Test("white-space mode splits runs of spaces and keeps quoted strings whole (Altium text)")
    func whitespace() {
        let rows = CSVReader.rows(Array("\"C1\"  \"100nF 50V\"   TopLayer\n# R1 1 2\n".utf8), delimiter: nil)
        #expect(rows == [["C1", "100nF 50V", "TopLayer"], ["#", "R1", "1", "2"]])
    }
}
