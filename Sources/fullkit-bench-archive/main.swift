// Benchmark harness for Scripts/bench-archive: reads and CRC-verifies every member of one ZIP with FullKit's fast
// path (parallel inflate on all cores), then prints one line: members, bytes, seconds, MB/s, peak RSS.

import FullKit

#if canImport(Glibc)
import Glibc
#endif

guard CommandLine.arguments.count == 2 else {
    print("usage: fullkit-bench-archive ARCHIVE.zip")
    exit(2)
}
let clock = ContinuousClock()
let start = clock.now
let summary: ZipScanner.Summary
do {
    summary = try ZipScanner.scan(path: CommandLine.arguments[1])
} catch {
    print("fullkit-bench-archive: \(error.description)")
    exit(2)
}
let elapsed = clock.now - start
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print(
    "members=\(summary.members) bytes=\(summary.bytes) problems=\(summary.problems.count) seconds=\(seconds) "
        + "mb_per_s=\(Double(summary.bytes) / seconds / 1e6) peak_rss_kb=\(usage.ru_maxrss)")
exit(summary.problems.isEmpty ? 0 : 1)
