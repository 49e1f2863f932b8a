import FullKit
import Testing

@testable import FullKitReport

/// The HTML report (`HTMLReportRenderer`): self-contained, every pack string inert, the board drawn with its marks and
/// placements.
@Suite("Report: HTML")
struct HTMLReportRendererTests {
    /// The hostile report's page, with a board whose layer file name, placement designator and finding position are
    /// hostile too.
    private func page() throws -> String {
        var report = HostileReport.make()
        report.findings[0].position = BoardPoint(x: 12.5, y: 7.25)
        let text = "%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,1*%\nD10*\nX12500000Y7250000D03*\nM02*\n"
        let image = try #require(GerberReader.read(Array(text.utf8), recordingImage: true).image)
        let artwork = BoardArtwork(
            layers: [BoardArtwork.Layer(file: HostileReport.member, kind: .copper, side: .top, image: image)],
            extent: Extent(minX: 0, minY: 0, maxX: 30, maxY: 20),
            placements: [
                BoardArtwork.Placement(
                    designator: HostileReport.text, side: .top, position: BoardPoint(x: 12.5, y: 7.25),
                    status: .offPads)
            ])
        return HTMLReportRenderer().render(report, artwork: artwork)
    }

    private func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("every string from the pack is inert: the page's one script is its own, no tag or control character leaks")
    func hostile() throws {
        let page = try page()
        #expect(count("<script>", in: page) == 1)
        #expect(count("</script>", in: page) == 1)
        #expect(!page.unicodeScalars.contains("\u{1B}"))
        #expect(!page.contains("\r"))
        #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        // The designator, the file name (in the layer's data-file and the table) and the X2-like evidence detail.
        #expect(page.contains("data-designator=\"C1 &lt;script&gt;"))
        #expect(page.contains("data-file=\"job &lt;1&gt;.zip/board,x:y&lt;script&gt;.gbr\""))
        #expect(page.contains("%TF.FileFunction,C1 &lt;script&gt;"))
        // The files table names the file and its evidence, escaped.
        #expect(page.contains("<tr><td>job &lt;1&gt;.zip/board,x:y&lt;script&gt;.gbr</td><td>top copper L1</td>"))
    }

    @Test("self-contained: a policy of no network, no external script, style, font or image")
    func selfContained() throws {
        let page = try page()
        #expect(page.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        for external in ["src=\"http", "href=\"http", "@import", "url(http", "<link", "<img"] {
            #expect(!page.contains(external), "\(external)")
        }
    }

    @Test("a finding with a position is ringed on both views and its row zooms there; placements are drawn")
    func marksAndPlacements() throws {
        let page = try page()
        #expect(count("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"board top\"", in: page) == 1)
        #expect(count("class=\"board bottom\"", in: page) == 1)
        #expect(count("data-marker=\"f0\" cx=\"12.5\" cy=\"7.25\"", in: page) == 2)
        #expect(page.contains("<tr class=\"error\" data-severity=\"error\""))
        #expect(page.contains("data-marker=\"f0\" data-x=\"12.5\" data-y=\"7.25\""))
        #expect(page.contains("<g class=\"placement off-pads\""))
        #expect(page.contains("<input type=\"checkbox\" data-kind=\"placements\" checked>"))
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.hasSuffix("</html>\n"))
    }

    @Test("a layer past the most objects kept says it is not all drawn, naming the file and how many")
    func notAllDrawn() {
        var image = GerberImage()
        image.objectsNotKept = 5
        let artwork = BoardArtwork(
            layers: [BoardArtwork.Layer(file: "big<.gbr", kind: .copper, side: .top, image: image)],
            extent: Extent(minX: 0, minY: 0, maxX: 10, maxY: 10))
        let page = HTMLReportRenderer().render(HostileReport.make(), artwork: artwork)
        #expect(
            page.contains(
                "Not all drawn: big&lt;.gbr makes 5 objects past what the drawing keeps (2000000 a layer, and the limit maximumDrawnObjects for the pack)."
            ))
    }

    @Test("without a board the page says so, and still lists the findings")
    func noBoard() {
        let page = HTMLReportRenderer().render(HostileReport.make(), artwork: nil)
        #expect(page.contains("No board to draw"))
        #expect(!page.contains("<svg"))
        #expect(page.contains("<code>XY_OFF_PADS</code>"))
    }
}
