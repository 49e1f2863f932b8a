import FullKit

/// How the analysis identifies one file, alone in a pack: the helper of the identification tests.
enum IdentifiedFile {
    /// The identification of a file named `name` holding `text`.
    static func of(_ name: String, _ text: String) -> Identification {
        let pack = LoadedPack(inputs: ["test"], files: [PackFile(path: name, bytes: Array(text.utf8))], problems: [])
        return PackAnalyzer.analyze(pack).entries[0].identification
    }
}
