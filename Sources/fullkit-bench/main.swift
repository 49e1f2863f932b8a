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
//
// `bom` and `xy` read with `maximumParts` at its policy maximum (`benchLimits`): the generated files list millions of
// parts, past the default limit, and the bench measures reading them whole.

import Foundation
import FullKit

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
