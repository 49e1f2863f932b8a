import Foundation
import Testing

/// `fullkit seal` and `fullkit verify`: the accepted pack fingerprinted, and proven unchanged later.
@Suite("Seal and verify (the built binary)")
struct SealTests {
    /// A copy of the sample pack as a folder, and a copy of its ZIP, in a fresh temporary folder.
    private func workspace() throws -> URL {
        let folder = try FullKitBinary.temporaryFolder("seal")
        try FileManager.default.copyItem(
            atPath: FullKitBinary.testData("folder"), toPath: folder.appendingPathComponent("pack").path)
        try FileManager.default.copyItem(
            atPath: FullKitBinary.testData("sample/sample-pack.zip"),
            toPath: folder.appendingPathComponent("job.zip").path)
        return folder
    }

    @Test("a passing pack is sealed with the SHA-256 of every input and member, and verifies unchanged")
    func sealAndVerify() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let job = folder.appendingPathComponent("job.zip").path
        let seal = folder.appendingPathComponent("job.seal.json").path
        let sealed = try FullKitBinary.run(["seal", job, "--output", seal])
        #expect(sealed.exitCode == 0 && sealed.standardError.contains("sealed: PASS, 1 input file and 13 pack files"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: seal))) as? [String: Any])
        #expect(json["schema"] as? String == "fullkit.seal/1" && json["verdict"] as? String == "PASS")
        let contents = try #require(json["contents"] as? [String: Any])
        let inputs = try #require(contents["inputs"] as? [[String: Any]])
        let zipDigest = try #require(inputs.first?["sha256"] as? String)
        #expect(zipDigest == Self.sha256sum(job))
        let verified = try FullKitBinary.run(["verify", seal, job])
        #expect(verified.exitCode == 0 && verified.standardError.hasPrefix("VERIFIED: every byte is as sealed at "))
    }

    @Test("verify names each file changed, added and removed, and exits 1")
    func differences() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = folder.appendingPathComponent("pack")
        let seal = folder.appendingPathComponent("pack.seal.json").path
        #expect(try FullKitBinary.run(["seal", pack.path, "--output", seal]).exitCode == 0)
        let copper = pack.appendingPathComponent("sample-F_Cu.gbr")
        var bytes = try Data(contentsOf: copper)
        bytes[bytes.count - 8] ^= 1
        try bytes.write(to: copper)
        try Data("note\n".utf8).write(to: pack.appendingPathComponent("readme.txt"))
        try FileManager.default.removeItem(at: pack.appendingPathComponent("sample-B_Silkscreen.gbr"))
        let result = try FullKitBinary.run(["verify", seal, pack.path])
        #expect(result.exitCode == 1)
        #expect(
            result.standardOutput
                == "added file readme.txt\nremoved file sample-B_Silkscreen.gbr\nchanged file sample-F_Cu.gbr\n")
        #expect(result.standardError.hasPrefix("NOT VERIFIED: 3 differences"))
    }

    @Test("a failing pack cannot be sealed: exit 1 and nothing written; a file that is not a seal is exit 2")
    func refusals() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seal = folder.appendingPathComponent("bad.seal.json").path
        let failing = try FullKitBinary.run([
            "seal", FullKitBinary.testData("defects/missing-bom.zip"), "--output", seal,
        ])
        #expect(failing.exitCode == 1 && failing.standardError.contains("a failing pack cannot be sealed"))
        #expect(!FileManager.default.fileExists(atPath: seal))
        let notASeal = try FullKitBinary.run(["verify", FullKitBinary.testData("sample/sample-pack.zip"), folder.path])
        #expect(notASeal.exitCode == 2 && notASeal.standardError.contains("is not a seal of schema fullkit.seal/1"))
    }

    /// The SHA-256 of the file at `path` by coreutils' `sha256sum`, as an independent check.
    private static func sha256sum(_ path: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let output = Pipe()
        process.standardOutput = output
        try? process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.split(separator: " ").first.map(String.init)
    }
}
