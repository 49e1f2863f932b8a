import FullKitCore

/// The little XML an `.xlsx` needs, scanned from bytes: elements found by name, attributes read, entities decoded.
/// Not a general XML parser: it reads the fixed shapes Excel, LibreOffice and CAD exporters write.
struct XMLText {
    let bytes: UnsafeRawBufferPointer

    /// The ranges of the contents of every `<name …>…</name>` element in `range` (self-closing ones give empty
    /// contents), with the range of the start tag's attributes.
    func elements(_ name: StaticString, in range: Range<Int>) -> [(attributes: Range<Int>, contents: Range<Int>)] {
        var found: [(Range<Int>, Range<Int>)] = []
        var index = range.lowerBound
        let length = name.utf8CodeUnitCount
        while index < range.upperBound {
            index = bytes.firstOffset(of: UInt8(ascii: "<"), from: index, to: range.upperBound)
            guard index < range.upperBound else { break }
            let afterName = index + 1 + length
            guard bytes.matches(name, at: index + 1), afterName < range.upperBound,
                bytes[afterName] == UInt8(ascii: ">") || bytes[afterName] == ASCII.space
                    || bytes[afterName] == UInt8(ascii: "/")
            else {
                index += 1
                continue
            }
            let tagEnd = bytes.firstOffset(of: UInt8(ascii: ">"), from: afterName, to: range.upperBound)
            guard tagEnd < range.upperBound else { break }
            if bytes[tagEnd - 1] == UInt8(ascii: "/") {
                found.append((afterName..<tagEnd - 1, tagEnd + 1..<tagEnd + 1))
                index = tagEnd + 1
                continue
            }
            let close = closingTag(name, from: tagEnd + 1, in: range)
            found.append((afterName..<tagEnd, tagEnd + 1..<close))
            index = close
        }
        return found
    }

    /// The value of attribute `name` in a start tag's attribute range.
    func attribute(_ name: StaticString, in range: Range<Int>) -> String? {
        var index = range.lowerBound
        let length = name.utf8CodeUnitCount
        while index < range.upperBound {
            if bytes.matches(name, at: index), index + length + 1 < range.upperBound,
                bytes[index + length] == UInt8(ascii: "="),
                index == range.lowerBound || ASCII.isWhitespace(bytes[index - 1])
            {
                let quote = bytes[index + length + 1]
                let start = index + length + 2
                let end = bytes.firstOffset(of: quote, from: start, to: range.upperBound)
                return decode(start..<end)
            }
            index += 1
        }
        return nil
    }

    /// The text of `range` with entities (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&#…;`) decoded.
    func decode(_ range: Range<Int>) -> String {
        let raw = bytes.string(range)
        guard raw.utf8.contains(UInt8(ascii: "&")) else { return raw }
        var result = ""
        var rest = raw[...]
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            guard let semicolon = rest[ampersand...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: ampersand)..<semicolon]
            switch entity {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let number =
                    entity.hasPrefix("#x")
                    ? UInt32(entity.dropFirst(2), radix: 16)
                    : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) { result.unicodeScalars.append(scalar) }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    private func closingTag(_ name: StaticString, from start: Int, in range: Range<Int>) -> Int {
        var index = start
        while index < range.upperBound {
            index = bytes.firstOffset(of: UInt8(ascii: "<"), from: index, to: range.upperBound)
            if index + 1 < range.upperBound, bytes[index + 1] == UInt8(ascii: "/"), bytes.matches(name, at: index + 2) {
                return index
            }
            index += 1
        }
        return range.upperBound
    }
}
