import FullKit
import Testing

/// The Gerber reader's image mode (`recordingImage`): every object and aperture shape, for pictures of the board.
@Suite("Gerber reader: image")
struct GerberImageTests {
    /// The image of `body` under a 4.6 mm header.
    private func image(_ body: String, unit: String = "MM") throws -> GerberImage {
        let text = "%FSLAX46Y46*%\n%MO\(unit)*%\n" + body + "\nM02*\n"
        return try #require(GerberReader.read(Array(text.utf8), recordingImage: true).image)
    }

    private func point(_ x: Double, _ y: Double) -> BoardPoint { BoardPoint(x: x, y: y) }

    @Test("an aperture's parameters may have spaces around them, as P-CAD writes them (`%ADD86C, 5.8810*%`)")
    func spacedParameters() throws {
        let image = try image("%ADD86C, 5.8810*%\n%ADD87R, 1.0X 2.0 *%")
        #expect(image.apertures[86] == .circle(diameter: 5.881, hole: 0))
        #expect(image.apertures[87] == .rectangle(width: 1, height: 2, hole: 0))
    }

    @Test("a negative image (%IPNEG, deprecated) is dark over its extent with every object cleared from it")
    func negativeImage() throws {
        let image = try image("%IPNEG*%\n%ADD10C,1*%\nD10*\nX5000000Y5000000D03*")
        #expect(image.objects.count == 2)
        guard case .region(let contours, true) = try #require(image.objects.first) else {
            Issue.record("no dark field first: \(image.objects)")
            return
        }
        // The flash's extent (4.5 … 5.5 mm) grown by a millimetre.
        #expect(contours.first?.start == BoardPoint(x: 3.5, y: 3.5))
        #expect(
            image.objects.last == .flash(aperture: 10, at: point(5, 5), transform: ApertureTransform(), dark: false))
    }

    @Test("the image is kept only when asked")
    func optIn() {
        let text = "%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,0.5*%\nD10*\nX0Y0D03*\nM02*\n"
        #expect(GerberReader.read(Array(text.utf8)).image == nil)
    }

    @Test("standard apertures, a flash, a draw and a counterclockwise arc, in order and in mm")
    func objects() throws {
        let image = try image(
            """
            %ADD10C,0.5X0.2*%
            %ADD11R,1X2*%
            %ADD12O,1.2X0.6*%
            %ADD13P,1.5X6X30*%
            D11*
            X1000000Y2000000D03*
            D10*
            X0Y0D02*
            G01*
            X5000000Y0D01*
            G75*
            G03*
            X0Y5000000I-5000000J0D01*
            """)
        #expect(image.apertures[10] == .circle(diameter: 0.5, hole: 0.2))
        #expect(image.apertures[11] == .rectangle(width: 1, height: 2, hole: 0))
        #expect(image.apertures[12] == .obround(width: 1.2, height: 0.6, hole: 0))
        #expect(image.apertures[13] == .polygon(diameter: 1.5, vertices: 6, rotation: 30, hole: 0))
        #expect(
            image.objects == [
                .flash(aperture: 11, at: point(1, 2), transform: ApertureTransform(), dark: true),
                .stroke(
                    aperture: 10, from: point(0, 0), step: .line(to: point(5, 0)), transform: ApertureTransform(),
                    dark: true),
                .stroke(
                    aperture: 10, from: point(5, 0),
                    step: .arc(to: point(0, 5), centre: point(0, 0), clockwise: false), transform: ApertureTransform(),
                    dark: true),
            ])
    }

    @Test("a region of two contours (D02 starts the second), then a clear flash under %LR and %LS")
    func regionsAndPolarity() throws {
        let image = try image(
            """
            %ADD10C,1*%
            G36*
            X0Y0D02*
            G01*
            X1000000Y0D01*
            X1000000Y1000000D01*
            X0Y0D01*
            X5000000Y5000000D02*
            X6000000Y5000000D01*
            X5000000Y6000000D01*
            X5000000Y5000000D01*
            G37*
            %LPC*%
            %LR45*%
            %LS0.5*%
            D10*
            X2000000Y2000000D03*
            """)
        let contours = [
            ImageContour(
                start: point(0, 0), steps: [.line(to: point(1, 0)), .line(to: point(1, 1)), .line(to: point(0, 0))]),
            ImageContour(
                start: point(5, 5), steps: [.line(to: point(6, 5)), .line(to: point(5, 6)), .line(to: point(5, 5))]),
        ]
        var transform = ApertureTransform()
        transform.rotation = 45
        transform.scale = 0.5
        #expect(
            image.objects == [
                .region(contours: contours, dark: true),
                .flash(aperture: 10, at: point(2, 2), transform: transform, dark: false),
            ])
    }

    @Test("a step-and-repeat of 2 × 3 copies makes six flashes 10 and 5 mm apart")
    func stepAndRepeat() throws {
        let image = try image("%ADD10C,1*%\n%SRX2Y3I10J5*%\nD10*\nX1000000Y1000000D03*\n%SR*%")
        let positions = image.objects.compactMap { object -> BoardPoint? in
            guard case .flash(_, let at, _, _) = object else { return nil }
            return at
        }
        #expect(Set(positions) == [point(1, 1), point(1, 6), point(1, 11), point(11, 1), point(11, 6), point(11, 11)])
        #expect(positions.count == 6)
    }

    @Test("a budget of drawn objects, shared by two files, keeps that many in all and counts every object not kept")
    func drawingBudget() throws {
        let text = "%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,1*%\nD10*\n%SRX100Y100I1J1*%\nX0Y0D03*\n%SR*%\nM02*\n"
        let budget = DrawingBudget(objects: 15_000)
        let first = try #require(GerberReader.read(Array(text.utf8), recordingImage: true, drawingBudget: budget).image)
        let second = try #require(
            GerberReader.read(Array(text.utf8), recordingImage: true, drawingBudget: budget).image)
        #expect(first.objects.count == 10_000 && first.objectsNotKept == 0)
        #expect(second.objects.count == 5_000 && second.objectsNotKept == 5_000)
        #expect(budget.left == 0)
        // Without a budget of its own, a file keeps the limit's.
        var limits = ReadLimits()
        limits.maximumDrawnObjects = 2_500
        let alone = try #require(GerberReader.read(Array(text.utf8), recordingImage: true, limits: limits).image)
        #expect(alone.objects.count == 2_500 && alone.objectsNotKept == 7_500)
    }

    @Test("a budget gives what it has, takes back what was not used, and never goes below nothing")
    func budgetArithmetic() {
        let budget = DrawingBudget(objects: 10)
        #expect(budget.take(4) == 4 && budget.take(8) == 6 && budget.take(1) == 0)
        budget.giveBack(3)
        #expect(budget.left == 3 && DrawingBudget(objects: -5).left == 0)
    }

    @Test(
        "a step-and-repeat opened inside a block aperture and closed after it (a fuzzer's find: a trap) copies nothing")
    func repeatAcrossBlock() throws {
        let image = try image(
            "%ADD10C,1*%\n%ABD20*%\nD10*\nX0Y0D03*\nX1000000Y0D03*\n%SRX2Y2I1J1*%\nX2000000Y0D03*\n%AB*%\n%SR*%\nD20*\nX0Y0D03*"
        )
        #expect(image.objects.count == 1)
        guard case .block(let inner) = try #require(image.apertures[20]) else { return }
        #expect(inner.count == 3)
    }

    @Test("a block aperture keeps its objects as its shape; flashing it is one object")
    func blockAperture() throws {
        let image = try image(
            "%ADD10C,1*%\n%ABD20*%\nD10*\nX0Y0D03*\nX2000000Y0D03*\n%AB*%\nD20*\nX10000000Y10000000D03*")
        #expect(
            image.apertures[20]
                == .block([
                    .flash(aperture: 10, at: point(0, 0), transform: ApertureTransform(), dark: true),
                    .flash(aperture: 10, at: point(2, 0), transform: ApertureTransform(), dark: true),
                ]))
        #expect(image.objects == [.flash(aperture: 20, at: point(10, 10), transform: ApertureTransform(), dark: true)])
    }

    @Test("a macro's primitives: a circle, a clear centre line turned 90°, an outline and a thermal's four parts")
    func macro() throws {
        let image = try image(
            """
            %AMPAD*
            1,1,$1,0,0*
            21,0,1,0.2,0,0,90*
            4,1,3,0,0,1,0,0,1,0,0,0*
            7,5,5,2,1,0.2,0*%
            %ADD10PAD,1.5*%
            """)
        guard case .macro(let shapes) = try #require(image.apertures[10]) else {
            Issue.record("not a macro: \(String(describing: image.apertures[10]))")
            return
        }
        #expect(shapes.count == 7)
        #expect(shapes[0] == .circle(centre: point(0, 0), diameter: 1.5, dark: true))
        guard case .polygon(let line, let dark) = shapes[1] else { return }
        #expect(!dark)
        // A 1 × 0.2 mm line turned 90°: 0.2 wide in X, 1 tall in Y.
        #expect(abs(line.map(\.x).max()! - 0.1) < 1e-9 && abs(line.map(\.y).max()! - 0.5) < 1e-9)
        #expect(shapes[3...].allSatisfy { $0.isDark })
    }

    @Test("a file in inches is kept in mm, apertures included, even when %MO comes after the first aperture")
    func inches() throws {
        let text = "%FSLAX24Y24*%\n%ADD10C,0.1*%\n%MOIN*%\nD10*\nX10000Y0D03*\nM02*\n"
        let image = try #require(GerberReader.read(Array(text.utf8), recordingImage: true).image)
        guard case .circle(let diameter, _) = try #require(image.apertures[10]) else { return }
        #expect(abs(diameter - 2.54) < 1e-9)
        guard case .flash(10, let at, _, true) = try #require(image.objects.first) else { return }
        #expect(abs(at.x - 25.4) < 1e-9 && at.y == 0 && image.objects.count == 1)
    }

    @Test("a mirrored image (%MIA1B0) mirrors positions and turns arcs the other way")
    func imageMirror() throws {
        let image = try image(
            "%MIA1B0*%\n%ADD10C,0.1*%\nD10*\nX0Y0D02*\nG75*\nG03*\nX0Y2000000I0J1000000D01*")
        #expect(
            image.objects == [
                .stroke(
                    aperture: 10, from: point(0, 0), step: .arc(to: point(0, 2), centre: point(0, 1), clockwise: true),
                    transform: ApertureTransform(), dark: true)
            ])
    }
}
