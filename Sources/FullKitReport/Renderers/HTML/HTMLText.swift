/// Text from a pack made inert inside HTML element text and quoted attribute values: the XML escapes (`& < > " '` as
/// entities, forbidden controls shown as `\xNN`), so no name, designator or attribute can open a tag or a script.
enum HTMLText {
    /// `text` escaped for HTML.
    static func escaped(_ text: String) -> String { XMLText.escaped(text) }
}
