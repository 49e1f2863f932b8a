import Foundation
import Testing

/// What a person sees when `fullkit batch` runs on a terminal: run under `script(1)` (a pseudo-terminal, so the
/// progress bar is drawn and colour is on), its output replayed the way a terminal draws it.
@Suite("fullkit batch on a terminal (the built binary)")
struct TerminalScreenTests {
    /// The screen lines `output` leaves on a terminal: a carriage return moves to the start of the line, characters
    /// overwrite what is there, a line feed starts a new line, and colour sequences draw nothing.
    private func screen(_ output: String) -> [String] {
        var lines: [[Character]] = [[]]
        var column = 0
        var characters = output.unicodeScalars.makeIterator()
        while let scalar = characters.next() {
            switch scalar {
            case "\r": column = 0
            case "\n":
                lines.append([])
                column = 0
            case "\u{1B}":
                // CSI sequence: ESC [ parameters final-letter.
                while let next = characters.next(), !(next.properties.isAlphabetic && next != "[") {}
            default:
                if column < lines[lines.count - 1].count {
                    lines[lines.count - 1][column] = Character(scalar)
                } else {
                    lines[lines.count - 1].append(Character(scalar))
                }
                column += 1
            }
        }
        return lines.map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test("the progress bar leaves no character behind: the screen shows each pack's line and the summary only")
    func progressBarLeavesNothing() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = [
            "-qfec", "'\(FullKitBinary.executable.path)' batch '\(FullKitBinary.testData("defects"))'", "/dev/null",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(text.contains("/\(FullKitBinary.defectPacks) packs, "), "the bar was drawn")
        let lines = screen(text)
        #expect(lines.count == FullKitBinary.defectPacks + 1)
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("FAIL  ") && !$0.contains("packs, ") })
        let count = FullKitBinary.defectPacks
        #expect(lines.last == "\(count) packs: 0 passed, \(count) failed, 0 unchecked")
    }
}
