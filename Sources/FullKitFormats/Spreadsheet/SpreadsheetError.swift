import FullKitCore

/// Why a workbook could not be read as one. Shaped as FullKit's other errors are: a kind and a sentence for people.
public struct SpreadsheetError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public typealias Kind = ErrorKind<SpreadsheetError>

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

/// The kinds of SpreadsheetError.
extension ErrorKind where Domain == SpreadsheetError {
    /// The file is neither a ZIP container nor an OLE2 compound file, or a part of it cannot be read.
    public static let unreadableContainer = Self("unreadable container")
    /// The container holds no workbook (no `xl/workbook.xml`, no `Workbook` stream), or an older kind (BIFF5).
    public static let notAWorkbook = Self("not a workbook")
}
