import Foundation
import Testing

/// `check --format html` through the built binary, and the page as headless Chromium draws it.
@Suite("HTML report (the built binary)")
struct HTMLReportTests {
    private let samplePack = FullKitBinary.testData("sample/sample-pack.zip")

    /// Runs `executable` with `arguments`; its exit status and standard output.
    private func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("the sample's page: exit 0, the verdict, both views with every layer kind, and the placements")
    func samplePage() throws {
        let result = try FullKitBinary.run(["check", samplePack, "--format", "html"])
        #expect(result.exitCode == 0)
        let page = result.standardOutput
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<header class=\"pass\"><h1>PASS: "))
        #expect(page.contains("class=\"board top\"") && page.contains("class=\"board bottom\""))
        for kind in ["copper", "soldermask", "paste", "silkscreen", "drill", "outline", "placements"] {
            #expect(page.contains("data-kind=\"\(kind)\""), "no toggle for \(kind)")
        }
        #expect(page.contains("<g class=\"placement on-pads\" data-designator=\"R1\""))
    }

    @Test("a defect's page fails (exit 1) and rings the finding's position on the board")
    func defectPage() throws {
        let result = try FullKitBinary.run([
            "check", FullKitBinary.testData("defects/xy-wrong-side.zip"), "--format", "html",
        ])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput.contains("<header class=\"fail\">"))
        #expect(result.standardOutput.contains("<circle class=\"marker error\" data-marker=\"f0\" cx=\"15\" cy=\"15\""))
    }

    @Test(
        "headless Chromium draws the sample's page: not blank, and the board has the copper colour where copper is",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"), "Debian chromium missing"))
    func screenshot() throws {
        let folder = try FullKitBinary.temporaryFolder("html-screenshot")
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("report.html").path
        let png = folder.appendingPathComponent("report.png").path
        #expect(try FullKitBinary.run(["check", samplePack, "--format", "html", "--output", html]).exitCode == 0)
        let shot = try run(
            "/usr/bin/chromium",
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--window-size=1200,900",
                "--screenshot=\(png)", "file://\(html)",
            ])
        #expect(shot.status == 0)
        // Counted by Debian's Pillow: the share of pixels in the copper colour (#d08a3a) and in the board's
        // substrate colour (#14281d), and how many colours the page has.
        let counts = try run(
            "/usr/bin/python3",
            [
                "-c",
                """
                import sys
                from PIL import Image
                image = Image.open(sys.argv[1]).convert("RGB")
                pixels = list(image.getdata())
                def near(p, c): return all(abs(a - b) <= 24 for a, b in zip(p, c))
                copper = sum(near(p, (208, 138, 58)) for p in pixels) / len(pixels)
                substrate = sum(near(p, (20, 40, 29)) for p in pixels) / len(pixels)
                print(copper, substrate, len(set(pixels)))
                """,
                png,
            ])
        #expect(counts.status == 0)
        let numbers = counts.output.split(separator: " ").compactMap {
            Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        #expect(numbers.count == 3)
        guard numbers.count == 3 else { return }
        #expect(numbers[0] > 0.0005, "copper share \(numbers[0])")
        #expect(numbers[1] > 0.05, "substrate share \(numbers[1])")
        #expect(numbers[2] > 50, "colours \(numbers[2])")
    }
}
