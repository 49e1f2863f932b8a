import FullKitCore

extension [RevisionSignal] {
    /// The signals of `kind`.
    func of(_ kind: RevisionSignal.Kind) -> [RevisionSignal] { filter { $0.kind == kind } }

    /// The signals in words: each value with how many files carry it and one of them.
    var listed: String {
        map { "'\($0.value)' (\($0.files.count) file\($0.files.count == 1 ? "" : "s"), e.g. \($0.files[0]))" }
            .joined(separator: "; ")
    }
}
