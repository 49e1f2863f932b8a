/// How a file's content is encoded.
public enum FileFormat: String, Sendable, Hashable, Codable {
    case gerber
    case excellon
    case text
    case json
    case pdf
    case binary
}
