import Foundation
import FullKit
import Testing

/// Fixture text with location markers: `⟨1⟩`, `⟨2⟩`… are removed, and each marker's line and column (UTF-8 bytes)
/// is recorded, so a test can assert that a finding points exactly where the marker stood.
struct MarkedText {
    let bytes: [UInt8]
    let markers: [String: FullKit.SourceLocation]

    init(_ text: String) {
        var output: [UInt8] = []
        var markers: [String: FullKit.SourceLocation] = [:]
        var line = 1
        var column = 1
        var remaining = Substring(text)
        while let first = remaining.first {
            if first == "⟨", let close = remaining.firstIndex(of: "⟩") {
                let name = String(remaining[remaining.index(after: remaining.startIndex)..<close])
                markers[name] = FullKit.SourceLocation(line: line, column: column)
                remaining = remaining[remaining.index(after: close)...]
                continue
            }
            let utf8 = Array(String(first).utf8)
            output += utf8
            if first == "\n" {
                line += 1
                column = 1
            } else {
                column += utf8.count
            }
            remaining = remaining.dropFirst()
        }
        self.bytes = output
        self.markers = markers
    }

    /// The location of marker `name`; records an issue when the fixture lacks it.
    func location(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> FullKit.SourceLocation?
    {
        let found = markers[name]
        #expect(found != nil, "fixture has no marker ⟨\(name)⟩", sourceLocation: sourceLocation)
        return found
    }
}

/// Paths of the repository's test data and of the shared corpus, resolved from this file's location.
enum Paths {
    static let repository: String = {
        var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        while let last = components.last, last != "Tests" { components.removeLast() }
        components.removeLast()
        return components.joined(separator: "/")
    }()

    static func testData(_ relative: String) -> String { repository + "/TestData/" + relative }

    static let corpus = repository + "/../shared/corpus"

    /// Whether the corpus tests run: when ../shared/corpus is there, and always in CI (where its absence must fail
    /// loudly rather than skip). A user's own clone without the corpus skips them.
    static let corpusTestsEnabled =
        FileManager.default.fileExists(atPath: corpus) || ProcessInfo.processInfo.environment["CI"] != nil
}
