import FullKitCore

/// Keeps what a Gerber file draws while the parser reads it (`GerberReader.read(…, recordingImage: true)`): each
/// flash, draw, arc and region as an `ImageObject`, each aperture's shape, block apertures as their objects, and
/// step-and-repeat copies. At most `GerberImage.maximumObjects` objects, and no more than `budget` gives (the pack's
/// `maximumDrawnObjects`, shared by its layers); the rest are counted.
struct GerberImageRecorder {
    /// The image so far.
    private(set) var image = GerberImage()
    /// The pack's budget of objects kept for drawing.
    private let budget: DrawingBudget
    /// Objects taken from the budget and not used yet.
    private var allowance = 0

    /// How many objects are taken from the budget at a time.
    private static let chunk = 4096

    /// A recorder that keeps no more objects than `budget` gives.
    init(budget: DrawingBudget) {
        self.budget = budget
    }
    /// The objects of the open block apertures' enclosing levels, innermost last, with the D-code of each block.
    private var blockStack: [(code: Int, outer: [ImageObject])] = []
    /// Where the objects of the open step-and-repeat start.
    private var repeatStart: Int?
    /// The contours of the open region, and the one being drawn.
    private var contours: [ImageContour] = []
    private var contour: ImageContour?

    /// Records the shape of aperture `code`.
    mutating func define(_ code: Int, _ shape: ApertureShape) {
        image.apertures[code] = shape
    }

    /// Appends `object` unless the image holds its most.
    mutating func append(_ object: ImageObject) {
        if allowance == 0, image.objects.count < GerberImage.maximumObjects {
            allowance = budget.take(Self.chunk)
        }
        guard allowance > 0, image.objects.count < GerberImage.maximumObjects else {
            if image.objectsNotKept < Int.max { image.objectsNotKept += 1 }
            return
        }
        allowance -= 1
        image.objects.append(object)
    }

    // MARK: Regions

    /// Starts a region (G36).
    mutating func beginRegion() {
        contours = []
        contour = nil
    }

    /// Starts a new contour of the open region at `point` (D02 inside a region).
    mutating func move(to point: BoardPoint) {
        closeContour()
        contour = ImageContour(start: point)
    }

    /// Adds `step` from `current` to the open region's contour (D01 inside a region).
    mutating func add(_ step: ImageContour.Step, from current: BoardPoint) {
        if contour == nil { contour = ImageContour(start: current) }
        contour!.steps.append(step)
    }

    /// Ends the region (G37): its contours become one region object.
    mutating func endRegion(dark: Bool) {
        closeContour()
        if !contours.isEmpty { append(.region(contours: contours, dark: dark)) }
        contours = []
    }

    private mutating func closeContour() {
        if let contour, !contour.steps.isEmpty { contours.append(contour) }
        contour = nil
    }

    // MARK: Blocks and step-and-repeat

    /// Opens block aperture `code` (`%ABD…`): what follows is drawn into it.
    mutating func openBlock(_ code: Int) {
        blockStack.append((code, image.objects))
        image.objects = []
    }

    /// Closes the innermost block aperture (`%AB`): its objects become its shape.
    mutating func closeBlock() {
        guard let open = blockStack.popLast() else { return }
        image.apertures[open.code] = .block(image.objects)
        image.objects = open.outer
    }

    /// Opens a step-and-repeat (`%SR` with counts): the objects that follow are its block.
    mutating func beginRepeat() {
        repeatStart = image.objects.count
    }

    /// Closes the open step-and-repeat: its block is copied `countX` × `countY` times, `stepX`, `stepY` mm apart. A
    /// step-and-repeat that a block aperture's end cut across (opened inside the block, closed after it) copies what
    /// the current level drew since it could have started, nothing when that level is shorter.
    mutating func endRepeat(countX: Int, countY: Int, stepX: Double, stepY: Double) {
        guard let start = repeatStart, start <= image.objects.count else {
            repeatStart = nil
            return
        }
        repeatStart = nil
        let block = Array(image.objects[start...])
        let copies = countX.multipliedReportingOverflow(by: countY).partialValue - 1
        var made = 0
        for column in 0..<countX {
            for row in 0..<countY where column > 0 || row > 0 {
                for object in block {
                    append(object.offsetBy(dx: Double(column) * stepX, dy: Double(row) * stepY))
                }
                made += 1
                if image.objectsNotKept > 0 {
                    // The copies not made are not kept either: counted, not made one by one.
                    let left = (copies - made).multipliedReportingOverflow(by: block.count)
                    let total = image.objectsNotKept.addingReportingOverflow(
                        left.overflow ? Int.max : left.partialValue)
                    image.objectsNotKept = total.overflow ? Int.max : total.partialValue
                    return
                }
            }
        }
    }

    // MARK: Ending

    /// The image, with every length scaled by `scale` (a file that stated its unit after drawing).
    mutating func scale(by scale: Double) {
        guard scale != 1 else { return }
        let times = { (point: BoardPoint) in BoardPoint(x: point.x * scale, y: point.y * scale) }
        image.objects = image.objects.map { $0.mapped(times) }
        image.apertures = image.apertures.mapValues { $0.scaled(by: scale) }
        contours = contours.map { $0.mapped(times) }
        contour = contour?.mapped(times)
        blockStack = blockStack.map { ($0.code, $0.outer.map { $0.mapped(times) }) }
    }

    /// The image, every object's positions moved by `move` (the deprecated image parameters); arcs turn the other
    /// way when `flips`. A negative image (`%IPNEG`) is dark over `negativeOver` (the image's extent, grown by a
    /// millimetre) with every object's polarity turned over.
    /// Gives the budget back what was taken and not used.
    func finished(negativeOver: Extent?, flips: Bool, _ move: ((BoardPoint) -> BoardPoint)?) -> GerberImage {
        budget.giveBack(allowance)
        var result = image
        if let move { result.objects = result.objects.map { $0.mapped(flips: flips, move) } }
        if let box = negativeOver {
            let (low, high) = (
                BoardPoint(x: box.minX - 1, y: box.minY - 1), BoardPoint(x: box.maxX + 1, y: box.maxY + 1)
            )
            let field = ImageContour(
                start: low,
                steps: [
                    .line(to: BoardPoint(x: high.x, y: low.y)), .line(to: high),
                    .line(to: BoardPoint(x: low.x, y: high.y)),
                    .line(to: low),
                ])
            result.objects = [.region(contours: [field], dark: true)] + result.objects.map(\.inverted)
        }
        return result
    }
}
