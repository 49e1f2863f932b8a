import FullKitCore

/// Decides from its first bytes (and, for an empty file, its name) whether a file is an archive.
enum ArchiveSniffer {
    enum Kind: Equatable {
        /// A ZIP archive: read on the fast path.
        case zip
        /// Another archive or compressed format: read through libarchive.
        case other
    }

    private static let archiveExtensions: Set<String> = [
        "zip", "7z", "rar", "tar", "tgz", "gz", "bz2", "xz", "tbz2", "txz",
    ]

    /// Office documents are ZIP files too, but a pack file of their own (an `.xlsx` BOM), never opened as archives.
    private static let documentExtensions: Set<String> = ["xlsx", "xlsm", "docx", "pptx", "ods", "odt", "odp"]

    /// The archive kind of a file starting with `head` and named with `lowercasedExtension`, or nil.
    static func kind(head: UnsafeRawBufferPointer, lowercasedExtension: String) -> Kind? {
        if documentExtensions.contains(lowercasedExtension) { return nil }
        if ZipCentralDirectory.looksLikeZip(head) { return .zip }
        if head.count >= 2, head[0] == 0x1F, head[1] == 0x8B { return .other }
        if head.count >= 6, head[0] == 0x37, head[1] == 0x7A, head[2] == 0xBC, head[3] == 0xAF { return .other }
        if head.matches("Rar!", at: 0) || head.matches("BZh", at: 0) { return .other }
        if head.count >= 6, head[0] == 0xFD, head.matches("7zXZ", at: 1) { return .other }
        if head.count >= 4, head[0] == 0x28, head[1] == 0xB5, head[2] == 0x2F, head[3] == 0xFD { return .other }
        if head.matches("ustar", at: 257) { return .other }
        if archiveExtensions.contains(lowercasedExtension) {
            return lowercasedExtension == "zip" ? .zip : .other
        }
        return nil
    }
}
