import FullKit
import Testing

@Suite("Reading packs")
struct PackLoaderTests {
    private let sampleNames = [
        "sample-B_Cu.gbr", "sample-B_Mask.gbr", "sample-B_Paste.gbr", "sample-B_Silkscreen.gbr", "sample-Edge_Cuts.gbr",
        "sample-F_Cu.gbr", "sample-F_Mask.gbr", "sample-F_Paste.gbr", "sample-F_Silkscreen.gbr", "sample-NPTH.drl",
        "sample-PTH.drl", "sample-bom.csv", "sample-positions.csv",
    ]

    @Test(
        "every form of the sample pack yields the same files with the same bytes",
        arguments: [
            "sample/sample-pack.zip", "formats/sample-pack-zip64.zip", "formats/sample-pack-bzip2.zip",
            "formats/sample-pack.tar.gz", "formats/sample-pack.7z", "folder",
        ])
    func sameFilesInEveryForm(form: String) throws {
        let pack = try PackLoader().load([Paths.testData(form)])
        #expect(pack.problems.isEmpty)
        #expect(pack.files.map(\.name) == sampleNames)
        let folder = try PackLoader().load([Paths.testData("folder")])
        for (file, reference) in zip(pack.files, folder.files) {
            #expect(file.bytes == reference.bytes, "\(file.path) differs from the folder copy")
        }
    }

    @Test("several paths form one pack: the Gerber ZIP with the BOM and XY beside it")
    func splitPack() throws {
        let pack = try PackLoader().load([
            Paths.testData("split/gerbers.zip"), Paths.testData("split/sample-bom.csv"),
            Paths.testData("split/sample-positions.csv"),
        ])
        #expect(pack.files.count == 13)
        #expect(pack.files.first { $0.name == "sample-F_Cu.gbr" }?.container == "gerbers.zip")
        #expect(pack.files.first { $0.name == "sample-bom.csv" }?.container == nil)
    }

    @Test("an archive inside the pack is opened and its files are marked nested")
    func nestedArchive() throws {
        let pack = try PackLoader().load([Paths.testData("defects/nested-older-copy.zip")])
        let nested = pack.files.filter(\.isNested)
        #expect(nested.map(\.path) == ["nested-older-copy.zip/old-rev-A.zip/sample-F_Cu.gbr"])
    }

    @Test(
        "broken archives give a problem naming the member, never a crash",
        arguments: [
            ("archives/crc-mismatch.zip", LoadError.Kind.corrupt, "crc-mismatch.zip/sample-bom.csv"),
            ("archives/encrypted-member.zip", .encrypted, "encrypted-member.zip/sample-bom.csv"),
            ("archives/truncated.zip", .truncated, "truncated.zip"),
            ("archives/not-a-zip.zip", .unreadable, "not-a-zip.zip"),
            ("archives/empty.zip", .unreadable, "empty.zip"),
            ("archives/zip-bomb.zip", .limitExceeded, "zip-bomb.zip/bomb.gbr"),
            ("archives/traversal-names.zip", .unsafeName, "traversal-names.zip/../../etc/evil.gbr"),
        ])
    func brokenArchives(path: String, kind: LoadError.Kind, member: String) throws {
        let pack = try PackLoader().load([Paths.testData(path)])
        let problem = pack.problems.first { $0.path == member }
        #expect(problem?.error.kind == kind, "problems: \(pack.problems.map { "\($0.path): \($0.error)" })")
    }

    @Test("the CRC check catches the altered member and keeps the intact one")
    func crcKeepsIntactMembers() throws {
        let pack = try PackLoader().load([Paths.testData("archives/crc-mismatch.zip")])
        #expect(pack.files.map(\.name) == ["sample-positions.csv"])
    }

    @Test("a limit set low refuses an honest member as too large")
    func configurableLimit() throws {
        var limits = ReadLimits()
        limits.maximumMemberSize = 500
        let pack = try PackLoader(limits: limits).load([Paths.testData("sample/sample-pack.zip")])
        #expect(pack.problems.contains { $0.path.hasSuffix("sample-F_Cu.gbr") && $0.error.kind == .limitExceeded })
    }

    @Test("a missing input path is an input error (exit 2), not a finding")
    func missingInput() {
        #expect(throws: PackInputError.self) {
            try PackLoader().load([Paths.testData("does-not-exist.zip")])
        }
    }
}
