import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `fullkit render`: the board drawn as SVG from a pack's own files, through the built binary.
@Suite("Render (the built binary)")
struct RenderCommandTests {
    private let samplePack = FullKitBinary.testData("sample/sample-pack.zip")

    private func isWellFormedXML(_ text: String) -> Bool { XMLParser(data: Data(text.utf8)).parse() }

    /// Whether the file at `path` is well-formed XML to Python's parser (Foundation's refuses any document past
    /// 10 MB).
    private func isWellFormedXMLFile(_ path: String) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", "import sys, xml.etree.ElementTree as t; t.parse(sys.argv[1])", path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    @Test("the sample pack's top and bottom: well-formed SVG with each kind of layer of that side, exit 0")
    func sample() throws {
        let top = try FullKitBinary.run(["render", samplePack])
        #expect(top.exitCode == 0)
        #expect(isWellFormedXML(top.standardOutput))
        for kind in ["copper", "soldermask", "paste", "silkscreen", "drill", "outline"] {
            #expect(top.standardOutput.contains("<g class=\"layer \(kind)\""), "no \(kind) layer")
        }
        #expect(top.standardOutput.contains("data-file=\"sample-pack.zip/sample-F_Cu.gbr\""))
        #expect(!top.standardOutput.contains("sample-B_Cu.gbr"))
        let bottom = try FullKitBinary.run(["render", samplePack, "--side", "bottom", "--layers", "copper,outline"])
        #expect(bottom.exitCode == 0)
        #expect(bottom.standardOutput.contains("data-file=\"sample-pack.zip/sample-B_Cu.gbr\""))
        #expect(bottom.standardOutput.contains("scale(-1,-1)"))
        #expect(!bottom.standardOutput.contains("class=\"layer drill\""))
    }

    @Test("--output writes the SVG to the file and nothing to standard output")
    func output() throws {
        let folder = try FullKitBinary.temporaryFolder("render")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("top.svg").path
        let result = try FullKitBinary.run(["render", samplePack, "--output", path])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.isEmpty)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(isWellFormedXML(written))
    }

    @Test(
        "bad usage is exit 2 with the reason, and nothing on standard output",
        arguments: [
            (["render"], "give the PATHs"),
            (["render", "TestData/sample/sample-pack.zip", "--side", "inner"], "--side takes top or bottom"),
            (["render", "TestData/sample/sample-pack.zip", "--layers", "copper,frob"], "not 'frob'"),
            (["render", "TestData/no-such-pack.zip"], "cannot read"),
        ])
    func badUsage(arguments: [String], reason: String) throws {
        let result = try FullKitBinary.run(arguments)
        #expect(result.exitCode == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains(reason), "\(result.standardError)")
    }

    @Test(
        "every corpus pack is drawn (both sides) as well-formed SVG with copper and an outline",
        .enabled(
            if: FileManager.default.fileExists(atPath: FullKitBinary.repository + "/../shared/corpus/packs"),
            "../shared/corpus is not beside this clone"))
    func corpus() throws {
        let folder = try FullKitBinary.temporaryFolder("render-corpus")
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = FullKitBinary.repository + "/../shared/corpus/packs"
        let packs = try FileManager.default.contentsOfDirectory(atPath: root).sorted().filter { !$0.hasPrefix(".") }
        #expect(packs.count >= 10)
        for pack in packs {
            let path = root + "/" + pack
            guard FileManager.default.fileExists(atPath: path + "/.") else { continue }
            for side in ["top", "bottom"] {
                let output = folder.appendingPathComponent("\(pack)-\(side).svg").path
                let result = try FullKitBinary.run(["render", path, "--side", side, "--output", output])
                #expect(result.exitCode == 0, "\(pack) \(side): \(result.standardError)")
                #expect(try isWellFormedXMLFile(output), "\(pack) \(side)")
            }
        }
    }
}
