import FullKit
import Testing

/// The strict JSON syntax check: valid JSON passes; the first error is named at its line and column (⟨here⟩ marks it).
@Suite("JSON syntax")
struct JSONSyntaxTests {
    @Test(
        "valid JSON has no error",
        arguments: [
            "{}", " [ ] ", "{\"a\": [1, -2.5e+3, 0, true, false, null, \"\\u00e9\\n\\\"\"], \"b\": {}}\n", "\"x\"", "0",
        ])
    func valid(text: String) {
        #expect(JSONSyntax.firstError(in: Array(text.utf8)) == nil)
    }

    @Test(
        "the first error, located and explained",
        arguments: [
            ("{\n \"profile\": \"fab\",\n ⟨here⟩x}", "expected a key in double quotes, found 'x'"),
            ("{\"a\": 1,⟨here⟩}", "a comma before '}': JSON allows no trailing comma"),
            ("[1, 2 ⟨here⟩3]", "expected ',' or ']', found '3'"),
            ("{\"a\" ⟨here⟩1}", "expected ':' after the key, found '1'"),
            ("{\"Header\": ⟨here⟩\"cut short", "a string that starts here is never closed"),
            ("[0⟨here⟩1]", "expected ',' or ']', found '1'"),
            ("[1.⟨here⟩]", "expected a digit after '.', found ']'"),
            ("[tru⟨here⟩]", "expected 'true', found ']'"),
            ("[\"a⟨here⟩\tb\"]", "a control character inside a string (write it as an escape such as \\n)"),
            ("[\"\\⟨here⟩x\"]", "'\\x' is not a JSON escape"),
            ("{} ⟨here⟩{}", "unexpected text after the JSON value"),
            ("⟨here⟩", "expected a value, found the end of the text"),
        ])
    func located(marked: String, reason: String) throws {
        let text = MarkedText(marked)
        let error = try #require(JSONSyntax.firstError(in: text.bytes))
        #expect(error.location == text.markers["here"])
        #expect(error.reason == reason)
    }

    @Test("nesting deeper than the limit is an error, not a deep recursion")
    func depth() throws {
        let deep = Array(repeating: UInt8(ascii: "["), count: 100_000)
        let error = try #require(JSONSyntax.firstError(in: deep))
        #expect(error.reason == "nested deeper than 256 levels")
    }
}
