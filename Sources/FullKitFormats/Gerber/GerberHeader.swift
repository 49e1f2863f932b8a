import FullKitCore

/// What a Gerber file says about itself before its first operation: its X2 file attributes, and the older marks tools
/// leave there: comments (Altium's `Layer_Physical_Order=2`, Allegro's `Film Name: art01` and `Layer: ETCH/TOP`) and
/// the deprecated image and layer names (Eagle's `%INTop Copper*%`). A file is identified from these before it is
/// read, so that it is read once, as what it is.
public struct GerberHeader: Sendable, Hashable {
    /// The X2 file attributes set before the first operation (only `.MD5` comes later, at the end).
    public var attributes = X2Attributes()
    /// The text of each `G04` comment before the first operation that is not an X2 attribute, trimmed; at most
    /// `maximumComments`, each cut to `maximumCommentLength` bytes.
    public var comments: [String] = []
    /// The deprecated `%IN` image name, when the header sets one.
    public var imageName: String?
    /// The deprecated `%LN` layer name, when the header sets one.
    public var layerName: String?

    /// The most comments kept.
    public static let maximumComments = 128
    /// The longest comment kept, in bytes.
    public static let maximumCommentLength = 200

    /// An empty header.
    public init() {}

    /// The value of the first comment of the form `key: value` or `key=value` (key compared without case), trimmed.
    public func comment(_ key: String) -> String? {
        let lowered = key.lowercased()
        for comment in comments where comment.lowercased().hasPrefix(lowered) {
            let rest = comment.dropFirst(key.count).drop { $0 == " " }
            guard let separator = rest.first, separator == ":" || separator == "=" else { continue }
            return rest.dropFirst().trimming(" ")
        }
        return nil
    }

    /// The values of every comment of the form `key: value`, in order.
    public func comments(_ key: String) -> [String] {
        let lowered = key.lowercased()
        return comments.compactMap { comment in
            guard comment.lowercased().hasPrefix(lowered) else { return nil }
            let rest = comment.dropFirst(key.count).drop { $0 == " " }
            guard rest.first == ":" || rest.first == "=" else { return nil }
            return rest.dropFirst().trimming(" ")
        }
    }
}
