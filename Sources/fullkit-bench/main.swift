// Benchmark harness for the Scripts/bench-* scripts. Each mode reads its input once in this process, times only the
// reading, and prints one line of key=value pairs (seconds, MB/s, peak RSS) for the script to collect.
//
//   fullkit-bench archive FILE.zip   read and CRC-verify every member on the ZIP fast path (all cores)
//   fullkit-bench bom FILE.csv       parse a BOM
//   fullkit-bench xy FILE.csv        parse an XY file

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
    print("\(detail) bytes=\(bytes) seconds=\(seconds) mb_per_s=\(Double(bytes) / seconds / 1e6) peak_rss_kb=\(usage.ru_maxrss)")
}

func readFile(_ path: String) -> [UInt8] {
    guard let file = try? SystemFile(path: path), let bytes = try? file.readAll() else {
        print("fullkit-bench: cannot read \(path)")
        exit(2)
    }
    return bytes
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    print("usage: fullkit-bench archive|bom|xy FILE")
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
    measure(bytes: bytes.count) {
        let bom = BOMReader.read(bytes)
        return "lines=\(bom.lines.count) designators=\(bom.lines.reduce(0) { $0 + $1.designators.count }) issues=\(bom.issues.count)"
    }
case "xy":
    let bytes = readFile(arguments[2])
    measure(bytes: bytes.count) {
        let list = PlacementReader.read(bytes, fileName: "bench.csv")
        return "placements=\(list.placements.count) issues=\(list.issues.count)"
    }
default:
    print("fullkit-bench: unknown mode \(arguments[1])")
    exit(2)
}
