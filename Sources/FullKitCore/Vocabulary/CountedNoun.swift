/// A count with its noun in the right number: "1 aperture", "2 apertures" (a limit of 1 must not read "1 apertures").
public enum CountedNoun {
    /// `count` and the noun: `singular` for one, else `plural` (the singular with an `s` unless given).
    public static func phrase(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
