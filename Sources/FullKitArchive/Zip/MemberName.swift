import FullKitCore

/// Decoding and vetting of member names stored in archives.
enum MemberName {
    /// How a member name was stored.
    enum Encoding: Sendable, Hashable {
        /// UTF-8 (flagged, or valid and unflagged) or plain ASCII.
        case utf8
        /// Not UTF-8 and not flagged: read as code page 437, the ZIP default.
        case cp437
        /// Flagged as UTF-8 but invalid: repaired with U+FFFD.
        case invalidUTF8
    }

    /// Decodes a ZIP name: UTF-8 when flagged or valid, otherwise code page 437 (the ZIP default).
    static func decode(_ bytes: UnsafeRawBufferPointer, utf8Flag: Bool) -> (name: String, encoding: Encoding) {
        let valid = isValidUTF8(bytes)
        if valid || utf8Flag {
            return (String(decoding: bytes, as: UTF8.self), valid ? .utf8 : .invalidUTF8)
        }
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            scalars.append(byte < 0x80 ? Unicode.Scalar(byte) : cp437High[Int(byte - 0x80)])
        }
        return (String(scalars), .cp437)
    }

    static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// The reason `name` is unsafe to treat as a path inside the pack, or nil when it is a plain relative path.
    static func unsafeReason(_ name: String) -> String? {
        if name.unicodeScalars.contains(where: { $0.value == 0 }) { return "it contains a NUL byte" }
        if name.hasPrefix("/") || name.hasPrefix("\\") { return "it is an absolute path" }
        let scalars = Array(name.unicodeScalars.prefix(3))
        if scalars.count >= 2, scalars[1] == ":", scalars[0].properties.isAlphabetic {
            return "it starts with a drive letter"
        }
        let components = name.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        if components.contains("..") { return "it climbs out of the archive with '..'" }
        return nil
    }

    private static let cp437High: [Unicode.Scalar] = Array(
        ("ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀"
            + "αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{00A0}").unicodeScalars)
}
