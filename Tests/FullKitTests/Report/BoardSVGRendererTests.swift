import Foundation
import FullKit
import Testing

@testable import FullKitReport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The board drawn as SVG (`BoardSVGRenderer`) from images read by the Gerber reader's image mode.
@Suite("Report: board SVG")
struct BoardSVGRendererTests {
    /// The image of `body` under a 4.6 mm header.
    private func image(_ body: String) throws -> GerberImage {
        let text = "%FSLAX46Y46*%\n%MOMM*%\n" + body + "\nM02*\n"
        return try #require(GerberReader.read(Array(text.utf8), recordingImage: true).image)
    }

    private func artwork(_ layers: [BoardArtwork.Layer]) -> BoardArtwork {
        BoardArtwork(layers: layers, extent: Extent(minX: 0, minY: 0, maxX: 30, maxY: 20))
    }

    private func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    private func isWellFormedXML(_ text: String) -> Bool { XMLParser(data: Data(text.utf8)).parse() }

    @Test("a long contour written relative to its start closes where it started: no rounding adds up")
    func relativeCoordinatesDoNotDrift() throws {
        // A 3 000-step staircase of 0.00033 mm steps (each rounds to 0.0003 mm alone) and back.
        var body = "%ADD10C,0.1*%\nG36*\nX0Y0D02*\nG01*\n"
        for step in 1...3000 { body += "X\(step * 330)Y\(step * 330)D01*\n" }
        body += "X990000Y0D01*\nX0Y0D01*\nG37*"
        let layer = BoardArtwork.Layer(file: "steps.gbr", kind: .copper, side: .top, image: try image(body))
        let svg = BoardSVGRenderer.render(artwork([layer]), side: .top)
        let data = try #require(svg.split(separator: "d=\"").last?.split(separator: "\"").first)
        // Summing the relative steps after the absolute start returns to it exactly (in units of 0.1 µm).
        let afterStart = data.drop { $0 != "l" }
        let spaced = afterStart.replacingOccurrences(of: "-", with: " -").replacingOccurrences(of: "l", with: " ")
        let words = spaced.replacingOccurrences(of: "z", with: " ").split(separator: " ")
        let numbers: [Double] = words.compactMap { Double($0) }
        #expect(numbers.count == 2 * 3002)
        var (sumX, sumY) = (0.0, 0.0)
        for index in stride(from: 0, to: numbers.count - 1, by: 2) {
            sumX += numbers[index]
            sumY += numbers[index + 1]
        }
        #expect(abs(sumX) < 1e-9 && abs(sumY) < 1e-9)
    }

    @Test("numbers to 0.1 µm without trailing zeros")
    func numbers() {
        #expect(
            [1, 0.5, -2.25, 1.23456, 0.00004, 1e20, .nan].map(SVGPath.format) == [
                "1", "0.5", "-2.25", "1.2346", "0", "0", "0",
            ])
    }

    @Test("a thousand flashes of two apertures and a hundred draws of one are three path elements, not 1 100")
    func onePathPerApertureRun() throws {
        var body = "%ADD10C,0.5*%\n%ADD11R,1X0.6*%\n%ADD12C,0.2*%\n"
        for index in 0..<500 { body += "D10*\nX\(index * 100000)Y1000000D03*\nD11*\nX\(index * 100000)Y3000000D03*\n" }
        body += "D12*\n"
        for index in 0..<100 { body += "X\(index * 100000)Y5000000D02*\nX\(index * 100000)Y6000000D01*\n" }
        let layer = BoardArtwork.Layer(file: "board-F_Cu.gbr", kind: .copper, side: .top, image: try image(body))
        let svg = BoardSVGRenderer.render(artwork([layer]), side: .top)
        #expect(isWellFormedXML(svg))
        #expect(count("<path", in: svg) == 2)
        #expect(count("stroke-width=\"0.2\"", in: svg) == 1)
        // Each flash is a subpath: 500 circles (two half arcs each) and 500 rectangles.
        #expect(count("a0.25 0.25", in: svg) == 1000)
        #expect(count("<mask", in: svg) == 0)
    }

    @Test("a clear run erases what came before it through a mask; a dark run after it is drawn over")
    func clearPolarity() throws {
        let layer = BoardArtwork.Layer(
            file: "pour.gbr", kind: .copper, side: .top,
            image: try image(
                """
                %ADD10C,5*%
                %ADD11C,1*%
                D10*
                X10000000Y10000000D03*
                %LPC*%
                D11*
                X10000000Y10000000D03*
                %LPD*%
                X20000000Y10000000D03*
                """))
        let svg = BoardSVGRenderer.render(artwork([layer]), side: .top)
        #expect(isWellFormedXML(svg))
        #expect(count("<mask id=", in: svg) == 1)
        let masked = try #require(svg.range(of: "<g mask=\"url(#"))
        let lastPath = try #require(svg.range(of: "<path", options: .backwards))
        // The dark flash after the clear one is drawn after (over) the masked group.
        #expect(masked.lowerBound < lastPath.lowerBound)
        #expect(svg.contains("fill=\"#000\""))
    }

    @Test(
        "a mask covers the board wherever it lies: its region is the board's box (the default, −10 % … 120 % of the viewport from the origin, clipped a board at (130, 52) mm away: found by the gerbv cross-check)"
    )
    func maskRegionFollowsTheBoard() throws {
        let layer = BoardArtwork.Layer(
            file: "far.gbr", kind: .copper, side: .top,
            image: try image(
                "%ADD10C,5*%\n%ADD11C,1*%\nD10*\nX130000000Y52000000D03*\n%LPC*%\nD11*\nX130000000Y52000000D03*"))
        let svg = BoardSVGRenderer.render(
            BoardArtwork(layers: [layer], extent: Extent(minX: 120, minY: 40, maxX: 140, maxY: 60)), side: .top)
        // The board's box, 20 mm, grown by 2 + 10 mm on every side.
        #expect(svg.contains("maskUnits=\"userSpaceOnUse\" x=\"108\" y=\"28\" width=\"44\" height=\"44\">"))
    }

    @Test("the bottom is seen from below: mirrored in X, and only the bottom's layers and both sides' are drawn")
    func sides() throws {
        let flash = try image("%ADD10C,1*%\nD10*\nX1000000Y1000000D03*")
        let layers = [
            BoardArtwork.Layer(file: "top.gbr", kind: .copper, side: .top, image: flash),
            BoardArtwork.Layer(file: "bottom.gbr", kind: .copper, side: .bottom, image: flash),
            BoardArtwork.Layer(file: "edge.gbr", kind: .outline, side: nil, image: flash),
        ]
        let bottom = BoardSVGRenderer.render(artwork(layers), side: .bottom)
        #expect(bottom.contains("transform=\"scale(-1,-1)\""))
        #expect(bottom.contains("data-file=\"bottom.gbr\"") && bottom.contains("data-file=\"edge.gbr\""))
        #expect(!bottom.contains("data-file=\"top.gbr\""))
        let top = BoardSVGRenderer.render(artwork(layers), side: .top, kinds: [.outline])
        #expect(top.contains("transform=\"scale(1,-1)\""))
        #expect(!top.contains("data-file=\"top.gbr\"") && top.contains("data-file=\"edge.gbr\""))
    }

    @Test("a file name from the pack stays inert: quotes, <script> and control characters are escaped")
    func hostileFileName() throws {
        let name = "x\"><script>alert(1)</script>\u{1B}[2J'.gbr"
        let layer = BoardArtwork.Layer(
            file: name, kind: .silkscreen, side: .top, image: try image("%ADD10C,1*%\nD10*\nX0Y0D03*"))
        let svg = BoardSVGRenderer.render(artwork([layer]), side: .top)
        #expect(isWellFormedXML(svg))
        #expect(!svg.contains("<script>"))
        #expect(!svg.unicodeScalars.contains("\u{1B}"))
        #expect(svg.contains("data-file=\"x&quot;&gt;&lt;script&gt;"))
    }

    @Test("arcs keep their direction; a region's clockwise contour is turned counterclockwise")
    func arcsAndRegions() throws {
        let layer = BoardArtwork.Layer(
            file: "arcs.gbr", kind: .copper, side: .top,
            image: try image(
                """
                %ADD10C,0.2*%
                D10*
                X0Y0D02*
                G75*
                G02*
                X2000000Y0I1000000J0D01*
                G36*
                G01*
                X5000000Y5000000D02*
                X5000000Y6000000D01*
                X6000000Y6000000D01*
                X6000000Y5000000D01*
                X5000000Y5000000D01*
                G37*
                """))
        let svg = BoardSVGRenderer.render(artwork([layer]), side: .top)
        // Clockwise from (0, 0) to (2, 0) about (1, 0): a half circle, sweep flag 0.
        #expect(svg.contains("M0 0a1 1 0 0 0 2 0"))
        // The square, drawn clockwise, is written counterclockwise.
        #expect(svg.contains("M5 5l1 0 0 1-1 0 0-1z"))
    }
}
