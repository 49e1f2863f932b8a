import Foundation

/// Runs the built `fullkit` binary, as a user or a pipeline would.
enum FullKitBinary {
    struct Result {
        var exitCode: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The repository root, from this file's location.
    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.lastPathComponent != "Tests" { url.deleteLastPathComponent() }
        return url.deletingLastPathComponent().path
    }()

    /// `fullkit` beside the test bundle in the build folder.
    static let executable: URL = {
        let bundle = URL(
            fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                ?? CommandLine.arguments[0])
        return bundle.deletingLastPathComponent().appendingPathComponent("fullkit")
    }()

    static func testData(_ relative: String) -> String { repository + "/TestData/" + relative }

    /// How many packs (ZIP files) `TestData/defects` holds: what a batch over it counts, each a failing pack.
    static var defectPacks: Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: testData("defects"))) ?? []).count {
            $0.hasSuffix(".zip")
        }
    }

    /// A fresh empty folder under the system's temporary folder, named `fullkit-PURPOSE-UUID`; the test removes it.
    static func temporaryFolder(_ purpose: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fullkit-\(purpose)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs `fullkit` with `arguments` from `directory` (the repository root unless given), with `environment` added
    /// to this process's (and `FULLKIT_POLICY` removed unless given there), and waits for it.
    static func run(
        _ arguments: [String], in directory: String = repository, environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var inherited = ProcessInfo.processInfo.environment
        inherited["FULLKIT_POLICY"] = nil
        process.environment = inherited.merging(environment) { $1 }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            exitCode: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }
}
