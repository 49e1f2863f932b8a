import Testing

@testable import FullKitCheck

/// Expected values computed with Python's datetime.fromisoformat(...).timestamp().
@Suite("ISO 8601 dates")
struct ISODateTests {
    @Test(
        "the spellings CAD tools write, with zones",
        arguments: [
            ("1970-01-01T00:00:00Z", 0),
            ("2025-10-02T12:34:45+05:30", 1_759_388_685),
            ("2025-10-02T07:04:45Z", 1_759_388_685),
            ("2026-11-02T09:30:00", 1_793_611_800),
            ("2026-11-02T09:30:00.123-01:00", 1_793_615_400),
            ("2000-02-29", 951_782_400),
        ])
    func parses(text: String, seconds: Int) {
        #expect(ISODate.secondsSince1970(text) == seconds)
    }

    @Test("not dates", arguments: ["", "rev?", "2025-13-01T00:00:00Z", "20251002"])
    func rejects(text: String) {
        #expect(ISODate.secondsSince1970(text) == nil)
    }
}
