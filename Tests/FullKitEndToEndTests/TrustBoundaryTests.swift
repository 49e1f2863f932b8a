import Foundation
import Testing

/// The pack is untrusted: a `fullkit.json` inside it, by any path a policy could enter (a folder, a ZIP, a ZIP nested
/// in one, a batch), never changes how it is judged; only the operator's policy does. And nothing from a pack reaches
/// the terminal with its control characters.
@Suite("The pack does not judge itself (the built binary)")
struct TrustBoundaryTests {
    /// A policy that would turn the pack's one error off.
    static let forgiving = "{\"severities\": {\"MISSING_BOM\": \"off\"}}"

    /// A fresh folder holding the sample pack without its BOM, and a forgiving `fullkit.json`.
    private func selfJudgingFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fullkit-trust-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: FullKitBinary.testData("folder"))
        where name != "sample-bom.csv" {
            try FileManager.default.copyItem(
                atPath: FullKitBinary.testData("folder/" + name), toPath: folder.appendingPathComponent(name).path)
        }
        try Data(Self.forgiving.utf8).write(to: folder.appendingPathComponent("fullkit.json"))
        return folder
    }

    @Test(
        "a folder, a ZIP or a nested ZIP that carries its own forgiving policy still fails, and the policy is named",
        arguments: ["folder", "hostile/self-judging.zip", "hostile/self-judging-nested.zip"])
    func packPolicyIgnored(input: String) throws {
        let folder = try selfJudgingFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = input == "folder" ? folder.path : FullKitBinary.testData(input)
        let result = try FullKitBinary.run(["check", path])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput.contains("MISSING_BOM: no BOM"))
        #expect(result.standardOutput.contains("PACK_POLICY_IGNORED: "))
        #expect(result.standardOutput.contains("fullkit.json is a policy file inside the pack"))
        #expect(result.standardOutput.contains("policy: none, the defaults; profile: assembly"))
    }

    @Test("run from inside the pack folder, its fullkit.json is the pack's, not the operator's: not applied")
    func workingDirectoryInsideThePack() throws {
        let folder = try selfJudgingFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try FullKitBinary.run(["check", "."], in: folder.path)
        #expect(result.exitCode == 1)
        #expect(result.standardOutput.contains("PACK_POLICY_IGNORED"))
    }

    @Test("batch: one operator policy for every pack; a pack's own policy never applies")
    func batch() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("fullkit-trust-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try selfJudgingFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.moveItem(at: folder, to: root.appendingPathComponent("upload"))
        try FileManager.default.copyItem(
            atPath: FullKitBinary.testData("hostile/self-judging.zip"),
            toPath: root.appendingPathComponent("upload.zip").path)
        let result = try FullKitBinary.run(["batch", root.path])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput.contains("2 packs: 0 passed, 2 failed, 0 unchecked"))
        // The operator's policy (FULLKIT_POLICY) applies to both.
        let site = root.deletingLastPathComponent().appendingPathComponent("site-\(UUID().uuidString).json")
        try Data(Self.forgiving.utf8).write(to: site)
        defer { try? FileManager.default.removeItem(at: site) }
        let forgiven = try FullKitBinary.run(["batch", root.path], environment: ["FULLKIT_POLICY": site.path])
        #expect(forgiven.exitCode == 0)
        #expect(forgiven.standardOutput.contains("2 packs: 2 passed, 0 failed, 0 unchecked"))
    }

    @Test(
        "the operator's policy: --policy, FULLKIT_POLICY, or fullkit.json in the working directory, named with its SHA-256"
    )
    func operatorPolicy() throws {
        let place = FileManager.default.temporaryDirectory.appendingPathComponent("fullkit-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: place, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: place) }
        let site = place.appendingPathComponent("fullkit.json")
        try Data(Self.forgiving.utf8).write(to: site)
        let pack = FullKitBinary.testData("defects/missing-bom.zip")
        // sha256 of the forgiving policy's bytes, as `sha256sum` gives it.
        let digest = "sha256 0b287b79d1631383cf19e2111abf304229a9c7d1b844fd67731d53204b4ec8ef"
        for result in [
            try FullKitBinary.run(["check", "--policy", site.path, pack]),
            try FullKitBinary.run(["check", pack], environment: ["FULLKIT_POLICY": site.path]),
            try FullKitBinary.run(["check", pack], in: place.path),
        ] {
            #expect(result.exitCode == 0, "\(result.standardOutput)")
            #expect(result.standardOutput.contains(digest))
        }
    }

    @Test("a file name with an escape sequence reaches the terminal written out, never as a raw control character")
    func controlCharacters() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fullkit-esc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Reference,Value\nR1,10k\n".utf8).write(
            to: folder.appendingPathComponent("bom-\u{1B}[2J\u{1B}[31m\r-red.csv"))
        let result = try FullKitBinary.run(["check", folder.path])
        #expect(result.exitCode == 1)
        #expect(!result.standardOutput.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(result.standardOutput.contains("bom-\\x1B[2J\\x1B[31m\\x0D-red.csv"))
    }
}
