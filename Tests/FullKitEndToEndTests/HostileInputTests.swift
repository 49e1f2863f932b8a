import Foundation
import Testing

/// Uploads built to break a reader (TestData/hostile, made by Scripts/make-testdata.py): each gives its finding,
/// exit 1 (never a signal), within 20 s and 1 GiB, measured from outside the process.
@Suite("Hostile uploads (the built binary)")
struct HostileInputTests {
    static let timeBound = 20.0
    static let memoryBoundKilobytes = 1 << 20

    @Test(
        "each hostile file gives its finding within bounds",
        arguments: [
            ("hostile/overlap-bomb.zip", "ARCHIVE_CORRUPT_MEMBER"),
            ("hostile/hostile-names.zip", "ARCHIVE_UNSAFE_NAME"),
            ("hostile/hostile-names.zip", "ARCHIVE_NAME_ENCODING"),
            ("hostile/link-and-duplicates.zip", "ARCHIVE_NOT_A_FILE"),
            ("hostile/link-and-duplicates.zip", "ARCHIVE_DUPLICATE_NAME"),
            ("hostile/methods.zip", "ARCHIVE_UNSUPPORTED_METHOD"),
            ("hostile/methods.zip", "ARCHIVE_CORRUPT_MEMBER"),
            ("hostile/lying-directory.zip", "ARCHIVE_TRUNCATED"),
            ("hostile/zip64-extremes.zip", "ARCHIVE_UNREADABLE"),
            ("hostile/nested-deep.zip", "ARCHIVE_LIMIT_EXCEEDED"),
            ("hostile/huge-coordinate.gbr", "GERBER_INVALID_COORDINATE"),
            ("hostile/sr-billion.gbr", "GERBER_STEP_REPEAT_TOO_LARGE"),
            ("hostile/macro-deep.gbr", "GERBER_MACRO_TOO_DEEP"),
            ("hostile/garbage.gbr", "FILE_UNIDENTIFIED"),
            ("hostile/garbage.csv", "FILE_UNIDENTIFIED"),
            ("archives/zip-bomb.zip", "ARCHIVE_LIMIT_EXCEEDED"),
            // Fuzzer findings: before their fixes, a hang and a SIGILL (arithmetic overflow trap).
            ("regressions/fuzz-inflate-no-progress.zip", "ARCHIVE_TRUNCATED"),
            ("regressions/fuzz-zip64-directory-overflow.zip", "ARCHIVE_TRUNCATED"),
        ])
    func hostileFile(path: String, rule: String) throws {
        let result = try MeasuredRun.run(["check", FullKitBinary.testData(path)])
        #expect(result.signal == nil, "killed by signal \(result.signal ?? 0)")
        #expect(result.exitCode == 1)
        #expect(
            result.standardOutput.contains(" \(rule): "), "\(rule) missing from:\n\(result.standardOutput.prefix(2000))"
        )
        #expect(result.seconds < Self.timeBound)
        #expect(result.peakResidentKilobytes < Self.memoryBoundKilobytes)
    }

    @Test("a Gerber whose single line is 100 MB (one giant comment) is read in bounded time and memory")
    func giantLine() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fullkit-giant-\(UUID().uuidString).gbr"
        ).path
        defer { unlink(path) }
        var line = Array("%FSLAX46Y46*%%MOMM*%%ADD10C,0.1*%D10*X1Y1D03*G04 ".utf8)
        line += [UInt8](repeating: UInt8(ascii: "x"), count: 100_000_000)
        line += Array("*X2Y2D03*M02*".utf8)
        FileManager.default.createFile(atPath: path, contents: Data(line))
        let result = try MeasuredRun.run(["check", "--format", "json", path])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput.contains("\"flashes\" : 2"))
        #expect(result.seconds < Self.timeBound)
        #expect(result.peakResidentKilobytes < Self.memoryBoundKilobytes)
    }

    @Test("a BOM whose one line is 50 MB is a located TEXT_LINE_TOO_LONG, in bounded time and memory")
    func giantCSVLine() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fullkit-giant-\(UUID().uuidString)-bom.csv"
        ).path
        defer { unlink(path) }
        var text = Array("Designator,Quantity,Value\nR1,1,10k\n".utf8)
        text += [UInt8](repeating: UInt8(ascii: ","), count: 50_000_000)
        text += Array("\nR2,1,1k\n".utf8)
        FileManager.default.createFile(atPath: path, contents: Data(text))
        let result = try MeasuredRun.run(["check", path])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput.contains("3:1 TEXT_LINE_TOO_LONG"))
        #expect(result.seconds < Self.timeBound)
        #expect(result.peakResidentKilobytes < Self.memoryBoundKilobytes)
    }
}
