import Foundation
import Testing

/// TestData is made by Scripts/make-testdata.py; running it again must give the committed bytes, so that every
/// fixture can be traced to the function that made it. Needs python3 and bsdtar (skipped without them).
@Suite("TestData is reproducible", .enabled(if: TestDataGenerator.toolsAvailable, "python3 or bsdtar is missing"))
struct TestDataReproducibilityTests {
    @Test("regenerating TestData gives the committed files byte for byte")
    func regenerate() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fullkit-testdata-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Paths.repository + "/Scripts/make-testdata.py"]
        process.environment = ProcessInfo.processInfo.environment.merging(["FULLKIT_TESTDATA_ROOT": output.path]) { $1 }
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let generated = try FileManager.default.subpathsOfDirectory(atPath: output.path).filter {
            !((try? FileManager.default.attributesOfItem(atPath: output.path + "/" + $0)[.type] as? FileAttributeType)
                == .typeDirectory)
        }
        #expect(!generated.isEmpty)
        for path in generated {
            let fresh = FileManager.default.contents(atPath: output.path + "/" + path)
            let committed = FileManager.default.contents(atPath: Paths.testData(path))
            #expect(fresh == committed, "TestData/\(path) differs from what Scripts/make-testdata.py makes")
        }
    }
}

enum TestDataGenerator {
    static let toolsAvailable: Bool =
        ["/usr/bin/bsdtar"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
        && (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/python3")
        }
}
