// Benchmark harness for the Scripts/bench-* scripts. Each mode reads its input once in this process, times only the
// reading (not loading the file, nor freeing what was read), and prints one line of key=value pairs (seconds, MB/s,
// peak RSS) for the script to collect.
//
//   fullkit-bench archive FILE.zip   read and CRC-verify every member on the ZIP fast path (all cores)
//   fullkit-bench bom FILE.csv       parse a BOM
//   fullkit-bench xy FILE.csv        parse an XY file
//   fullkit-bench list DIR           print "gerber PATH" or "excellon PATH" for each such file under DIR (sorted)
//   fullkit-bench layers LIST        parse each Gerber/Excellon file named in LIST (as `list` prints) on one core;
//                                    files are read one at a time and only the parsing is timed
//   fullkit-bench extents LIST       print {"path", "extent": [minX, minY, maxX, maxY] in mm or null} per file
//   fullkit-bench register PARTS     register a generated board: PARTS parts of 12 pads each on a 300 × 200 mm board,
//                                    a third on the bottom (X negated, as KiCad writes it), the XY file relative to
//                                    an origin that is no corner, in mil, 10 % of its rows far off, the parts named
//                                    on their pads (%TO.C); times building the pad index and detecting the
//                                    convention, and checks the convention found (unit, signs, origin to 0.1 mm)
//   fullkit-bench render OBJECTS     draw a generated four-layer board (top and bottom copper, top mask, top
//                                    silkscreen) of OBJECTS objects in all (pads flashed with round, rectangular and
//                                    KiCad round-rectangle macro apertures, traces, arcs, a pour region with clear
//                                    cut-outs): times reading its layers in image mode and rendering the HTML report
//                                    page (both views, 200 findings with positions), and prints the page's size
//   fullkit-bench svg FILE           print one Gerber file's image as SVG (drawn as top copper over its own extent),
//                                    for Scripts/crosscheck-render
//   fullkit-bench symmetry PACK      evidence for judging placements by the pads alone (no %TO.C): how many SMD
//                                    placements are the centre of a pad group (PadSymmetry) as written, and when
//                                    shifted by about 1.5 mm and 2.5 mm (a stale XY file)
//   fullkit-bench nearest PACK       evidence for XY_AWAY_FROM_PADS: per pack, how many SMD placements have no copper
//                                    pad's copper of their side within 0.5, 1, 2 and 3 mm, as written and shifted by
//                                    1.5, 2.5, 5.8 and 12 mm, and the farthest placements as written
//
// `bom` and `xy` read with `maximumParts` at its policy maximum (`benchLimits`): the generated files list millions of
// parts, past the default limit, and the bench measures reading them whole.

import Foundation
import FullKit
import FullKitCheck

#if canImport(Glibc)
import Glibc
#endif

/// Times `body` and prints its result line with MB/s over `bytes` and the peak resident set size.
func measure(bytes: Int, _ body: () -> String) {
    let clock = ContinuousClock()
    let start = clock.now
    let detail = body()
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print(
        "\(detail) bytes=\(bytes) seconds=\(seconds) mb_per_s=\(Double(bytes) / seconds / 1e6) peak_rss_kb=\(usage.ru_maxrss)"
    )
}

func readFile(_ path: String) -> [UInt8] {
    guard let file = try? SystemFile(path: path), let bytes = try? file.readAll() else {
        print("fullkit-bench: cannot read \(path)")
        exit(2)
    }
    return bytes
}

/// The Gerber and Excellon files under `directory`, sorted by path, with their format.
func layerFiles(under directory: String) -> [(FileFormat, String)] {
    guard let paths = FileManager.default.subpaths(atPath: directory) else { return [] }
    return paths.sorted().compactMap { relative in
        let path = directory + "/" + relative
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return nil
        }
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        let dot = name.lastIndex(of: ".").map { String(name[name.index(after: $0)...]).lowercased() } ?? ""
        let format = ContentSniffer.format(of: readFile(path), lowercasedExtension: dot)
        return format == .gerber || format == .excellon ? (format, path) : nil
    }
}

/// The reading limits of the `bom` and `xy` modes: the defaults, with room for every part of a generated file.
let benchLimits: ReadLimits = {
    var limits = ReadLimits()
    limits.maximumParts = 100_000_000
    return limits
}()

/// Every SMD placement (not DNP, not through-hole) of `pack`'s XY files with a detected convention: its designator,
/// side, board position (mm) and rotation, for the evidence modes.
func smdPlacements(of pack: AnalyzedPack) -> [(
    designator: String, side: BoardSide, x: Double, y: Double, angle: Double
)] {
    let notPlaced = pack.doNotPlaceDesignators
    return pack.placementLists.flatMap { list in
        let convention = pack.xyConventions.first { $0.file == list.entry.path }?.convention
        return list.content.placements.compactMap {
            placement -> (designator: String, side: BoardSide, x: Double, y: Double, angle: Double)? in
            guard let convention, !notPlaced.contains(placement.designator), let x = placement.x,
                let y = placement.y, let side = placement.side, pack.throughHoleParts[placement.designator] == nil
            else { return nil }
            let point = convention.position(x: x, y: y, side: side)
            return (placement.designator, side, point.x, point.y, Double(placement.rotation ?? 0))
        }
    }
}

/// The pack at `path` analysed with the default limits; nil when it cannot be read.
func analyzedPack(_ path: String) -> AnalyzedPack? {
    guard let report = try? PackLoader().load([path]) else { return nil }
    return PackAnalyzer.analyze(report, limits: ReadLimits(), classifier: DifferenceClassifier(extraPrefixes: [:]))
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    print("usage: fullkit-bench archive|bom|xy|list|layers FILE")
    exit(2)
}
switch arguments[1] {
case "archive":
    var problems = 0
    measure(bytes: 0) {
        do {
            let summary = try ZipScanner.scan(path: arguments[2])
            problems = summary.problems.count
            return "members=\(summary.members) problems=\(problems) uncompressed=\(summary.bytes)"
        } catch {
            print("fullkit-bench: \(error)")
            exit(2)
        }
    }
    exit(problems == 0 ? 0 : 1)
case "bom":
    let bytes = readFile(arguments[2])
    var bom: BillOfMaterials?  // kept past the timing: reading is measured, not freeing the result
    measure(bytes: bytes.count) {
        let read = BOMReader.read(bytes, limits: benchLimits)
        bom = read
        return
            "lines=\(read.lines.count) designators=\(read.lines.reduce(0) { $0 + $1.designators.count }) issues=\(read.issues.count)"
    }
    withExtendedLifetime(bom) {}
case "xy":
    let bytes = readFile(arguments[2])
    var list: PlacementList?  // kept past the timing: reading is measured, not freeing the result
    measure(bytes: bytes.count) {
        let read = PlacementReader.read(bytes, fileName: "bench.csv", limits: benchLimits)
        list = read
        return "placements=\(read.placements.count) issues=\(read.issues.count)"
    }
    withExtendedLifetime(list) {}
case "register":
    guard let parts = Int(arguments[2]), parts > 0 else {
        print("fullkit-bench: register needs a part count")
        exit(2)
    }
    // A 64-bit LCG: the same board every run.
    var state: UInt64 = 42
    func next(_ range: ClosedRange<Double>) -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return range.lowerBound + Double(state >> 11) / Double(1 << 53) * (range.upperBound - range.lowerBound)
    }
    let board = Extent(minX: 0, minY: 0, maxX: 300, maxY: 200)
    let origin = (x: 41.37, y: -17.93)
    var pads: [(side: BoardSide, x: Double, y: Double, part: String)] = []
    var placements: [PlacementList.Placement] = []
    for index in 0..<parts {
        let (x, y) = (next(5...295), next(5...195))
        let side: BoardSide = index % 3 == 0 ? .bottom : .top
        // Twelve pads around the centre: a TSSOP-like part, two rows of six.
        for row in [-2.2, 2.2] {
            // The copper names the part's pads (%TO.C), as KiCad 6+ writes them.
            for column in 0..<6 { pads.append((side, x + (Double(column) - 2.5) * 0.65, y + row, "U\(index)")) }
        }
        var (fileX, fileY) = ((x - origin.x) / 0.0254, (y - origin.y) / 0.0254)
        if side == .bottom { fileX = -fileX }
        if index % 10 == 7 { (fileX, fileY) = (next(20_000...40_000), next(-9000...9000)) }
        placements.append(
            PlacementList.Placement(
                designator: "U\(index)", x: fileX, y: fileY, rotation: 0, side: side, value: "", footprint: "",
                location: SourceLocation(line: index + 2, column: 1)))
    }
    var found: PlacementConvention?
    measure(bytes: 0) {
        var top = PointGrid(cellSize: PadIndex.cellSize)
        var bottom = PointGrid(cellSize: PadIndex.cellSize)
        var partBoxes: [[String: Extent]] = [[:], [:]]
        for pad in pads {
            if pad.side == .bottom { bottom.insert((pad.x, pad.y)) } else { top.insert((pad.x, pad.y)) }
            let point = Extent(x: pad.x, y: pad.y)
            let index = pad.side == .bottom ? 1 : 0
            partBoxes[index][pad.part] = partBoxes[index][pad.part].map { $0.union(point) } ?? point
        }
        let detected = PlacementConvention.detect(
            placements, statedUnit: nil, board: board, tolerance: 1,
            pads: PadIndex(top: top, bottom: bottom, partBoxes: partBoxes))
        found = detected.convention
        return "parts=\(parts) pads=\(pads.count) inside=\(detected.inside) near_flashes=\(detected.nearFlashes ?? 0)"
    }
    // The origin is checked to 0.1 mm: the vote onto the flashes lands on a pad row's offset, and its refinement
    // onto the parts' pad centres (%TO.C) centres it.
    guard let found, found.unit == .mil, found.bottomXNegated, abs(found.originX - origin.x) < 0.1,
        abs(found.originY - origin.y) < 0.1
    else {
        print("fullkit-bench: the registration did not recover the board's convention: \(String(describing: found))")
        exit(1)
    }
case "render":
    guard let objects = Int(arguments[2]), objects >= 8 else {
        print("fullkit-bench: render takes a number of objects (at least 8)")
        exit(2)
    }
    var random = SystemRandomNumberGenerator()
    func coordinate(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) * 1000 }
    /// One layer of `count` objects: a quarter pads of each aperture, the rest traces and arcs; on copper, a pour
    /// with clear cut-outs first.
    func layer(_ function: String, _ count: Int, pour: Bool) -> [UInt8] {
        var text = "%FSLAX46Y46*%\n%MOMM*%\n%TF.FileFunction,\(function)*%\n"
        text += "%AMRoundRect*\n0 Rectangle with rounded corners*\n21,1,$1,$2,0,0,0*\n21,1,$3,$4,0,0,0*\n"
        text += "1,1,$5,$6,$7*\n1,1,$5,-$6,$7*\n1,1,$5,-$6,-$7*\n1,1,$5,$6,-$7*%\n"
        text += "%ADD10C,0.6*%\n%ADD11R,1.2X0.8*%\n%ADD12RoundRect,1.2X0.4X0.8X0.8X0.4X0.4X0.2*%\n%ADD13C,0.25*%\n"
        var made = 0
        if pour {
            text += "G36*\nX1000000Y1000000D02*\nG01*\nX299000000Y1000000D01*\nX299000000Y199000000D01*\n"
            text += "X1000000Y199000000D01*\nX1000000Y1000000D01*\nG37*\n%LPC*%\nD10*\n"
            for _ in 0..<count / 20 { text += "X\(coordinate(5_000...295_000))Y\(coordinate(5_000...195_000))D03*\n" }
            text += "%LPD*%\n"
            made = count / 20 + 1
        }
        while made < count {
            let kind = made % 8
            let (x, y) = (coordinate(5_000...295_000), coordinate(5_000...195_000))
            switch kind {
            case 0, 1: text += "D10*\nX\(x)Y\(y)D03*\n"
            case 2: text += "D11*\nX\(x)Y\(y)D03*\n"
            case 3: text += "D12*\nX\(x)Y\(y)D03*\n"
            case 4, 5, 6: text += "D13*\nX\(x)Y\(y)D02*\nG01*\nX\(x + 3_000_000)Y\(y + 1_000_000)D01*\n"
            default: text += "D13*\nX\(x)Y\(y)D02*\nG75*\nG03*\nX\(x - 2_000_000)Y\(y + 2_000_000)I-2000000J0D01*\n"
            }
            made += 1
        }
        return Array((text + "M02*\n").utf8)
    }
    let share = objects / 4
    let files: [(String, BoardArtwork.Kind, BoardSide, [UInt8])] = [
        ("board-F_Cu.gbr", .copper, .top, layer("Copper,L1,Top", share, pour: true)),
        ("board-B_Cu.gbr", .copper, .bottom, layer("Copper,L4,Bot", share, pour: true)),
        ("board-F_Mask.gbr", .soldermask, .top, layer("Soldermask,Top", share, pour: false)),
        ("board-F_Silkscreen.gbr", .silkscreen, .top, layer("Legend,Top", objects - 3 * share, pour: false)),
    ]
    // A report of 200 findings, each at a position on the board.
    let rule = RuleCatalog.rule(id: "XY_OFF_PADS")!
    let findings = (0..<200).map { index in
        var finding = Finding(rule, "R\(index) is 1.8 mm from its pads", file: "board-pos.csv")
        finding.position = BoardPoint(x: Double(coordinate(5...295)) / 1000, y: Double(coordinate(5...195)) / 1000)
        return finding
    }
    let report = CheckReport(
        inputs: ["generated.zip"], profile: .assembly, verdict: .fail, files: [], revisions: [], xyConventions: [],
        findings: findings,
        timings: CheckReport.Timings(
            readMilliseconds: 0, analyzeMilliseconds: 0, rulesMilliseconds: 0, totalMilliseconds: 0))
    measure(bytes: files.reduce(0) { $0 + $1.3.count }) {
        var layers: [BoardArtwork.Layer] = []
        var drawn = 0
        for (name, kind, side, bytes) in files {
            guard let image = GerberReader.read(bytes, recordingImage: true).image else { continue }
            drawn += image.objects.count
            layers.append(BoardArtwork.Layer(file: name, kind: kind, side: side, image: image))
        }
        let artwork = BoardArtwork(layers: layers, extent: Extent(minX: 0, minY: 0, maxX: 300, maxY: 200))
        let page = HTMLReportRenderer().render(report, artwork: artwork)
        return "objects=\(drawn) html_bytes=\(page.utf8.count)"
    }
case "svg":
    let document = GerberReader.read(readFile(arguments[2]), recordingImage: true)
    guard let image = document.image, let extent = document.extent else { exit(1) }
    let layer = BoardArtwork.Layer(file: arguments[2], kind: .copper, side: .top, image: image)
    print(BoardSVGRenderer.render(BoardArtwork(layers: [layer], extent: extent), side: .top), terminator: "")
case "symmetry":
    // Evidence for judging placements by the pads alone: per pack, how many SMD placements are the centre of a pad
    // group (PadSymmetry) as written, and shifted by 1.5 mm / 2.5 mm (a stale XY file).
    for path in arguments.dropFirst(2) {
        guard let pack = analyzedPack(path) else { continue }
        let index = PadIndex(pack.entries, limits: ReadLimits())
        guard !index.isEmpty else { continue }
        var counts = [0, 0, 0, 0]
        var misses: [String] = []
        for placement in smdPlacements(of: pack) {
            let (grid, angles) = (index.pads(placement.side), [placement.angle, -placement.angle])
            var budget = Int.max
            counts[0] += 1
            if PadSymmetry.isCentre(x: placement.x, y: placement.y, angles: angles, in: grid, budget: &budget) {
                counts[1] += 1
            } else if misses.count < 12 {
                misses.append(placement.designator)
            }
            if PadSymmetry.isCentre(
                x: placement.x + 1.5, y: placement.y + 0.4, angles: angles, in: grid, budget: &budget)
            {
                counts[2] += 1
            }
            if PadSymmetry.isCentre(
                x: placement.x - 0.6, y: placement.y + 2.5, angles: angles, in: grid, budget: &budget)
            {
                counts[3] += 1
            }
        }
        print(
            "\(path.split(separator: "/").last ?? ""): smd=\(counts[0]) centred=\(counts[1]) shifted1.5=\(counts[2]) shifted2.5=\(counts[3]) misses=\(misses.joined(separator: ","))"
        )
    }
case "nearest":
    // Evidence for XY_AWAY_FROM_PADS: the distance from each SMD placement to the nearest pad's copper of its side
    // (every pad compared: a measurement, not the check's grid).
    for path in arguments.dropFirst(2) {
        guard let pack = analyzedPack(path) else { continue }
        var padsBySide: [BoardSide: [Pad]] = [:]
        for entry in pack.entries where entry.identification.role == .copper {
            guard let side = entry.identification.side, side == .top || side == .bottom, let pads = entry.gerber?.pads
            else { continue }
            padsBySide[side, default: []] += pads
        }
        guard !padsBySide.isEmpty else { continue }
        func nearest(_ x: Double, _ y: Double, _ side: BoardSide) -> Double {
            var best = Double.infinity
            for pad in padsBySide[side] ?? [] {
                let dx = max(0, abs(pad.x - x) - pad.width / 2)
                let dy = max(0, abs(pad.y - y) - pad.height / 2)
                best = min(best, (dx * dx + dy * dy).squareRoot())
            }
            return best
        }
        let shifts: [(Double, Double)] = [(0, 0), (1.5, 0.4), (-0.6, 2.5), (5, 3), (-10, 7)]
        var far = [[Int]](repeating: [0, 0, 0, 0], count: shifts.count)
        var worst: [(String, Double)] = []
        let placements = smdPlacements(of: pack)
        for placement in placements {
            for (k, shift) in shifts.enumerated() {
                let d = nearest(placement.x + shift.0, placement.y + shift.1, placement.side)
                for (t, limit) in [0.5, 1.0, 2.0, 3.0].enumerated() where d > limit { far[k][t] += 1 }
                if k == 0 && d > 0.5 { worst.append((placement.designator, d)) }
            }
        }
        worst.sort { $0.1 > $1.1 }
        print(
            "\(path.split(separator: "/").last ?? ""): smd=\(placements.count) far(>0.5,1,2,3mm) asis=\(far[0]) s1.5=\(far[1]) s2.5=\(far[2]) s5.8=\(far[3]) s12=\(far[4]) worst=\(worst.prefix(8).map { "\($0.0):\(String(format: "%.2f", $0.1))" }.joined(separator: ","))"
        )
    }
case "list":
    for (format, path) in layerFiles(under: arguments[2]) { print("\(format.rawValue) \(path)") }
case "layers":
    let list = String(decoding: readFile(arguments[2]), as: UTF8.self).split(separator: "\n")
    let clock = ContinuousClock()
    var parsing = Duration.zero
    var (bytesRead, objects, issues) = (0, 0, 0)
    for line in list {
        guard let space = line.firstIndex(of: " ") else { continue }
        let bytes = readFile(String(line[line.index(after: space)...]))
        bytesRead += bytes.count
        let start = clock.now
        if line.hasPrefix("gerber") {
            let document = GerberReader.read(bytes)
            objects += document.flashCount + document.drawCount + document.arcCount + document.regionCount
            issues += document.issues.count
        } else {
            let document = ExcellonReader.read(bytes)
            objects += document.hitCount + document.slotCount
            issues += document.issues.count
        }
        parsing += clock.now - start
    }
    let seconds = Double(parsing.components.seconds) + Double(parsing.components.attoseconds) / 1e18
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print(
        "files=\(list.count) objects=\(objects) issues=\(issues) bytes=\(bytesRead) seconds=\(seconds) mb_per_s=\(Double(bytesRead) / seconds / 1e6) peak_rss_kb=\(usage.ru_maxrss)"
    )
case "extents":
    for line in String(decoding: readFile(arguments[2]), as: UTF8.self).split(separator: "\n") {
        guard let space = line.firstIndex(of: " ") else { continue }
        let path = String(line[line.index(after: space)...])
        let bytes = readFile(path)
        let extent = line.hasPrefix("gerber") ? GerberReader.read(bytes).extent : ExcellonReader.read(bytes).extent
        let box = extent.map { "[\($0.minX), \($0.minY), \($0.maxX), \($0.maxY)]" } ?? "null"
        let escaped = path.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
        print("{\"path\": \"\(escaped)\", \"extent\": \(box)}")
    }
default:
    print("fullkit-bench: unknown mode \(arguments[1])")
    exit(2)
}
