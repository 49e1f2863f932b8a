import FullKit
import Testing

/// Protel/Altium pick-and-place exports from gerbv's example pack (`gerber/gerbv/example/protel-pnp`): the same 282
/// placements (counted with Python's csv module and `str.split`) as quoted CSV and as fixed-width text.
@Suite("Real XY files from the shared corpus", .enabled(if: Paths.corpusTestsEnabled, "../shared/corpus is not beside this clone"))
struct CorpusPlacementTests {
    private static let folder = Paths.corpus + "/gerber/gerbv/example/protel-pnp/"

    @Test("both forms read to the same 282 placements, in mil from the value suffix, on both sides", arguments: [
        "Pick_Place_for_SE_SG_IF_V2.csv", "Pick_Place_for_SE_SG_IF_V2.txt",
    ])
    func protelPickPlace(name: String) throws {
        let bytes = try SystemFile(path: Self.folder + name).readAll()
        let list = PlacementReader.read(bytes, fileName: name)
        #expect(list.issues.isEmpty, "\(list.issues.map(\.message))")
        #expect(list.placements.count == 282)
        #expect(list.unit == .mil)
        #expect(list.sides == [.top, .bottom])
        let head = try #require(list.placements.first)
        #expect(head.designator == "HEAD" && head.x == -1968.504 && head.y == -4133.858)
    }
}
