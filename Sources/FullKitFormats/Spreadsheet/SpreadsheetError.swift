import FullKitCore

/// Why a workbook could not be read as one. Shaped as FullKit's other errors are: a kind and a sentence for people.
public struct SpreadsheetError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        private let name: String

        private init(_ name: String) {
            self.name = name
        }

        /// The kind in words.
        public var description: String { name }

        /// The file is neither a ZIP container nor an OLE2 compound file, or a part of it cannot be read.
        public static let unreadableContainer = Kind("unreadable container")
        /// The container holds no workbook (no `xl/workbook.xml`, no `Workbook` stream), or an older kind (BIFF5).
        public static let notAWorkbook = Kind("not a workbook")
    }

    /// What went wrong.
    public let kind: Kind
    /// A sentence that says what went wrong, for people.
    public let detail: String

    /// An error of `kind`, explained by `detail`.
    public init(_ kind: Kind, _ detail: String) {
        self.kind = kind
        self.detail = detail
    }

    /// The sentence that says what went wrong.
    public var description: String { detail }
}
