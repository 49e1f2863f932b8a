import Foundation
import FullKit
import Testing

/// PADS' Component Report, in the HTML shape of a real PADS pack (domain.md §8): a title, a total, then a table with
/// `NO. RefDes PartDecal Pins Layer Orient PositionX PositionY IsSMD`, positions in mils without a stated unit.
@Suite("XY reader: PADS HTML Component Report")
struct PADSComponentReportTests {
    static let report = """
        <html><head><title>Component Report</title></head>
        <body><h2>Component Report</h2>
        <p>Total components = 3</p>
        <table border=1>
        <tr><th>NO.</th><th>RefDes</th><th>PartDecal</th><th>Pins</th><th>Layer</th><th>Orient</th>
        <th>PositionX</th><th>PositionY</th><th>IsSMD</th></tr>
        <tr><td>1</td><td>C1</td><td>0603&amp;X</td><td>2</td><td>Top</td><td>90.000</td><td>1200.00</td><td>850.50</td><td>Yes</td></tr>
        <tr><td>2</td><td>R10</td><td>0402</td><td>2</td><td>Bottom</td><td>0.000</td><td>300</td><td>400</td><td>Yes</td></tr>
        <tr><td>3</td><td>J1</td><td>HDR 2X5</td><td>10</td><td>Top</td><td>180</td><td>100</td><td>
          200</td><td>No</td></tr>
        </table></body></html>
        """

    @Test("the table is read by its header names; entities decoded, white space in cells collapsed; no unit stated")
    func table() {
        let list = PlacementReader.read(Array(Self.report.utf8), fileName: "Component Report.html")
        #expect(list.issues.isEmpty, "\(list.issues.map(\.message))")
        #expect(list.placements.map(\.designator) == ["C1", "R10", "J1"])
        #expect(list.placements.map(\.x) == [1200, 300, 100])
        #expect(list.placements.map(\.y) == [850.5, 400, 200])
        #expect(list.placements.map(\.side) == [.top, .bottom, .top])
        #expect(list.placements.map(\.footprint) == ["0603&X", "0402", "HDR 2X5"])
        #expect(list.unit == nil, "PADS reports state no unit: it is inferred from the board outline")
    }

    @Test("in a pack, the report is identified by its title as an XY file")
    func identified() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fullkit-pads-\(UUID().uuidString).htm"
        ).path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(Self.report.utf8)))
        defer { unlink(path) }
        let inspections = try FileInspector.inspect([path])
        #expect(inspections.first?.file.role == .placement)
        #expect(inspections.first?.file.evidence.detail == "PADS Component Report (HTML)")
    }

    @Test("escaped HTML inside a cell is read once, as text: ten thousand levels of &amp; make no recursion")
    func nestedEscapes() {
        let cell = "&" + String(repeating: "amp;", count: 10_000) + "lt;table&gt;"
        let report =
            "<html><title>Component Report</title><table><tr><td>RefDes</td><td>PositionX</td><td>PositionY</td></tr>"
            + "<tr><td>U1</td><td>1</td><td>2</td></tr><tr><td>\(cell)</td><td>3</td><td>4</td></tr></table></html>"
        let list = PlacementReader.read(Array(report.utf8), fileName: "report.html")
        #expect(list.placements.map(\.designator).first == "U1")
        #expect(list.placements.count == 2)
    }
}
