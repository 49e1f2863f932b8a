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
            // The directory's compressed size runs past the file; the local header's differs: ambiguous.
            ("hostile/lying-directory.zip", "ARCHIVE_CORRUPT_MEMBER"),
            ("hostile/zip64-extremes.zip", "ARCHIVE_UNREADABLE"),
            ("hostile/nested-deep.zip", "ARCHIVE_LIMIT_EXCEEDED"),
            ("hostile/huge-coordinate.gbr", "GERBER_INVALID_COORDINATE"),
            ("hostile/sr-billion.gbr", "GERBER_STEP_REPEAT_TOO_LARGE"),
            ("hostile/macro-deep.gbr", "GERBER_MACRO_TOO_DEEP"),
            ("hostile/garbage.gbr", "FILE_UNIDENTIFIED"),
            ("hostile/garbage.csv", "FILE_UNIDENTIFIED"),
            ("archives/zip-bomb.zip", "ARCHIVE_LIMIT_EXCEEDED"),
            // Round two: memory past 1 GiB before (a swarm under every per-member limit, the same through nested
            // archives, a member count spread over nested archives, a bzip2 bomb on the libarchive path).
            ("hostile/many-nested.zip", "ARCHIVE_LIMIT_EXCEEDED"),
            ("hostile/bomb.tar.bz2", "ARCHIVE_LIMIT_EXCEEDED"),
            // Round two: lies accepted before (a PASS each).
            ("hostile/local-name.zip", "ARCHIVE_CORRUPT_MEMBER"),
            ("hostile/local-size.zip", "ARCHIVE_CORRUPT_MEMBER"),
            ("hostile/descriptor-lies.zip", "ARCHIVE_CORRUPT_MEMBER"),
            ("hostile/bad-crc.tar.gz", "ARCHIVE_CORRUPT_MEMBER"),
            ("hostile/garbage.rar", "ARCHIVE_UNREADABLE"),
            // Round two: runaway work (a macro used by many apertures, a huge outline, a wide sheet).
            ("hostile/macro-work.zip", "GERBER_MACRO_TOO_COSTLY"),
            ("hostile/outline-segments.zip", "OUTLINE_OPEN"),
            ("hostile/wide-rows.xlsx", "BOM_QUANTITY_MISMATCH"),
            // Round three: 60 000 flashes and drill hits stacked under 20 000 placements (ran to the time budget).
            ("hostile/crowded-pads.zip", "LAYER_TOO_CROWDED"),
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

    @Test(
        "twelve layers of a million flashes each (1.5 KB zipped): the HTML report keeps the pack's budget of drawn objects, and says so"
    )
    func drawingBomb() throws {
        let folder = try FullKitBinary.temporaryFolder("drawing-bomb")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("bomb.html").path
        let result = try MeasuredRun.run([
            "check", "--format", "html", "--limit", "maximumDrawnObjects=300000", "--output", page,
            FullKitBinary.testData("hostile/drawing-bomb.zip"),
        ])
        #expect(result.signal == nil && result.exitCode == 1)
        #expect(result.seconds < Self.timeBound)
        #expect(result.peakResidentKilobytes < Self.memoryBoundKilobytes / 2)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        // Only the outer layers are drawn (and kept); each makes a million objects, and the two keep no more than the
        // budget between them. The page says how many of each were not kept (once per view).
        var notKept: [String: Int] = [:]
        for note in html.split(separator: "<p class=\"note\">Not all drawn: drawing-bomb.zip/").dropFirst() {
            let words = note.split(separator: " ")
            notKept[String(words[0])] = Int(words[2])
        }
        #expect(Set(notKept.keys) == ["bomb-L1.gbr", "bomb-L12.gbr"])
        let kept = notKept.values.map { 1_000_000 - $0 }.reduce(0, +)
        #expect(kept <= 300_000 && kept >= 300_000 - 2 * 4096, "kept \(kept)")
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

    @Test(
        "a swarm of members each under every per-member limit stops at the pack's total, nested archives counted",
        arguments: ["hostile/swarm.zip", "hostile/nested-swarm.zip"])
    func swarm(path: String) throws {
        let result = try MeasuredRun.run(
            ["check", "--limit", "maximumTotalSize=67108864", FullKitBinary.testData(path)])
        #expect(result.signal == nil, "killed by signal \(result.signal ?? 0)")
        #expect(result.exitCode == 1)
        #expect(
            result.standardOutput.contains(
                "the pack would exceed the total limit of 67108864 bytes (limit maximumTotalSize), nested archives and loose files counted"
            ))
        #expect(result.seconds < Self.timeBound)
        #expect(result.peakResidentKilobytes < Self.memoryBoundKilobytes)
    }

    @Test("the messages of round two name the limit or the disagreement, and the member")
    func roundTwoMessages() throws {
        let expectations = [
            ("hostile/many-nested.zip", "(limit maximumMemberCount, counted across nested archives)"),
            ("hostile/bomb.tar.bz2", "bomb.tar.bz2/bomb.gbr cannot be read: the archive expands"),
            ("hostile/local-name.zip", "its local header names it 'simple-"),
            ("hostile/local-size.zip", "its local header gives size"),
            ("hostile/descriptor-lies.zip", "its data descriptor disagrees with the central directory"),
            ("hostile/bad-crc.tar.gz", "its gzip data fails zlib's check"),
            ("hostile/outline-segments.zip", "draws 300000 lines and arcs, past the 200000 FullKit keeps"),
        ]
        for (path, message) in expectations {
            let result = try MeasuredRun.run(["check", FullKitBinary.testData(path)])
            #expect(result.standardOutput.contains(message), "\(path): '\(message)' missing")
        }
    }

    @Test("an archive that cannot be read is the first thing the report says, before the files it left missing")
    func unreadableArchiveFirst() throws {
        let output = try MeasuredRun.run(["check", FullKitBinary.testData("hostile/garbage.rar")]).standardOutput
        let unreadable = try #require(output.range(of: "ARCHIVE_UNREADABLE: garbage.rar cannot be read"))
        let missing = try #require(output.range(of: "MISSING_OUTLINE"))
        #expect(unreadable.lowerBound < missing.lowerBound)
    }

    @Test("check has a time budget: past --timeout it exits 1, names the budget and prints no verdict")
    func checkTimeBudget() throws {
        let result = try MeasuredRun.run(
            ["check", "--timeout", "0.05", FullKitBinary.testData("hostile/macro-work.zip")], killAfter: 30)
        #expect(result.exitCode == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.seconds < 5)
        let bad = try MeasuredRun.run(["check", "--timeout", "soon", FullKitBinary.testData("sample/sample-pack.zip")])
        #expect(bad.exitCode == 2)
    }

    @Test("an honest ZIP written with data descriptors still passes")
    func honestDescriptors() throws {
        let result = try MeasuredRun.run(["check", FullKitBinary.testData("hostile/descriptor-honest.zip")])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.hasPrefix("PASS"))
    }

    @Test("a macro whose sum has 300 000 terms is read without recursion (it crashed with SIGSEGV)")
    func longMacroSum() throws {
        let result = try MeasuredRun.run(["check", "--format", "json", FullKitBinary.testData("hostile/macro-sum.zip")])
        #expect(result.signal == nil, "killed by signal \(result.signal ?? 0)")
        #expect(result.exitCode == 1)
        #expect(result.standardOutput.contains("\"flashes\" : 1"))
        #expect(result.seconds < Self.timeBound)
        #expect(result.peakResidentKilobytes < Self.memoryBoundKilobytes)
    }

    @Test("a FIFO is refused at once, never waited on: as the input, inside a pack folder, as the policy")
    func fifos() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fullkit-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pack.zip").path
        #expect(mkfifo(fifo, 0o600) == 0)
        try Data(contentsOf: URL(fileURLWithPath: FullKitBinary.testData("sample/sample-pack.zip"))).write(
            to: folder.appendingPathComponent("real.zip"))

        let asInput = try MeasuredRun.run(["check", fifo], killAfter: 20)
        #expect(asInput.exitCode == 2)
        #expect(asInput.seconds < 5)

        let inFolder = try MeasuredRun.run(["check", folder.path], killAfter: 20)
        #expect(inFolder.exitCode == 1)
        #expect(inFolder.standardOutput.contains("ARCHIVE_NOT_A_FILE"))
        #expect(inFolder.seconds < 5)

        #expect(inFolder.peakResidentKilobytes < Self.memoryBoundKilobytes)
        let asPolicy = try MeasuredRun.run(
            ["check", "--policy", fifo, FullKitBinary.testData("sample/sample-pack.zip")], killAfter: 20)
        #expect(asPolicy.exitCode == 2)
        #expect(asPolicy.seconds < 5)
    }

    @Test("large loose files are refused by size before they are read: memory stays bounded by the limits")
    func sparseLooseFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fullkit-sparse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Sparse: no disk is used. Three of 200 MB pass the per-file limit, not the pack's total; one of 1.5 GB
        // passes neither.
        for (name, size) in [
            ("a-F_Cu.gbr", 200 << 20), ("b-B_Cu.gbr", 200 << 20), ("c-In1_Cu.gbr", 200 << 20),
            ("d-F_Mask.gbr", 1536 << 20),
        ] {
            let path = folder.appendingPathComponent(name).path
            #expect(FileManager.default.createFile(atPath: path, contents: nil))
            #expect(truncate(path, off_t(size)) == 0)
        }
        let result = try MeasuredRun.run(["check", folder.path])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput.contains("(limit maximumTotalSize)"))
        #expect(result.standardOutput.contains("(limit maximumMemberSize)"))
        #expect(result.seconds < Self.timeBound)
        #expect(result.peakResidentKilobytes < Self.memoryBoundKilobytes)
    }

    @Test("names, cells and designators cannot forge a line or act on the terminal; JSON keeps them exact")
    func forgedLines() throws {
        let path = FullKitBinary.testData("hostile/forged-lines.zip")
        for arguments in [["check", path], ["check", "--verbose", path], ["inspect", path]] {
            let result = try MeasuredRun.run(arguments)
            let output = result.standardOutput
            #expect(!output.isEmpty)
            let raw = output.unicodeScalars.filter { scalar in
                (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
                    || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
            }
            #expect(raw.isEmpty, "\(arguments): raw control characters \(raw.map { $0.value })")
            let lines = output.split(separator: "\n")
            #expect(!lines.dropFirst().contains { $0.hasPrefix("PASS") }, "\(arguments): a forged PASS line")
            #expect(result.exitCode == (arguments[0] == "check" ? 1 : 0))
            #expect(result.seconds < Self.timeBound)
            #expect(result.peakResidentKilobytes < Self.memoryBoundKilobytes)
        }
        let check = try MeasuredRun.run(["check", "--verbose", path])
        #expect(check.standardOutput.hasPrefix("FAIL"))
        #expect(check.standardOutput.contains("notes\\x1B[2J\\x1B]0;owned\\x07.gbr"))
        #expect(check.standardOutput.contains("readme\\u{202E}RCS.txt\\x0D"))
        #expect(check.standardOutput.contains("bom\\x0APASS: full kit"))
        let json = try MeasuredRun.run(["check", "--format", "json", path])
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        let paths = files.compactMap { $0["path"] as? String }
        #expect(paths.contains { $0.hasSuffix("notes\u{1B}[2J\u{1B}]0;owned\u{07}.gbr") })
        #expect(paths.contains { $0.hasSuffix("c1\u{9B}31m.csv") })
        let batch = try MeasuredRun.run(["batch", "--format", "jsonl", FullKitBinary.testData("hostile")])
        for line in batch.standardOutput.split(separator: "\n") {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "not JSON: \(line.prefix(200))")
        }
    }

    @Test("batch names what it cannot check (a FIFO named like an archive, a tree past 64 folders) and fails")
    func batchEdges() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("fullkit-edges-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var deep = root.appendingPathComponent("deep")
        for _ in 0..<80 { deep = deep.appendingPathComponent("d") }
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        try Data("G04 x*\nM02*\n".utf8).write(to: deep.appendingPathComponent("x.gbr"))
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("good"), withIntermediateDirectories: true)
        try Data(contentsOf: URL(fileURLWithPath: FullKitBinary.testData("sample/sample-pack.zip"))).write(
            to: root.appendingPathComponent("good/pack.zip"))
        #expect(mkfifo(root.appendingPathComponent("stuck.zip").path, 0o600) == 0)

        let result = try MeasuredRun.run(["batch", root.path], killAfter: 60)
        #expect(result.exitCode == 1)
        #expect(result.standardOutput.contains("stuck.zip"))
        #expect(result.standardOutput.contains("lies more than 64 folders below the root"))
        #expect(result.standardOutput.contains("3 packs: 1 passed, 0 failed, 2 unchecked"))
        #expect(result.seconds < Self.timeBound)
        #expect(result.peakResidentKilobytes < Self.memoryBoundKilobytes)

        let empty = root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let none = try MeasuredRun.run(["batch", empty.path])
        #expect(none.exitCode == 1)
        #expect(none.standardOutput.contains("0 packs"))
        // The same decision for check: an empty folder is a pack with nothing in it, rejected (exit 1), not "nothing
        // to run" (exit 2, kept for inputs that do not exist or cannot be read).
        let nothing = try MeasuredRun.run(["check", empty.path])
        #expect(nothing.exitCode == 1)
        #expect(nothing.standardOutput.contains("MISSING_COPPER") && nothing.standardOutput.contains("files (0):"))
    }
}
