import FullKit
import Testing

/// Every Gerber and Excellon file of `../shared/corpus/gerber/` (about 850, from 24 CAD tools and 3 parser test
/// suites) is read; the only error findings are the files below, each a real violation of the specification, with
/// why. Anything else that gives an error is a regression (a false positive) and fails this test.
@Suite(
    "Gerber and Excellon conformance over the corpus",
    .enabled(if: Paths.corpusTestsEnabled, "../shared/corpus is not beside this clone"))
struct GerberConformanceTests {
    /// File (relative to its suite folder) → the error rules it must give, and why.
    static let expected: [String: [String: (rules: Set<String>, why: String)]] = [
        "gerbonara": [
            "pads/Drill.drl": (
                ["EXCELLON_UNKNOWN_UNITS", "EXCELLON_ZERO_MODE_UNKNOWN"],
                "PADS states units and zeros only in nc.rep, which the folder lacks"
            ),
            "test_syntax_error.gbr": (["GERBER_UNDEFINED_APERTURE"], "a test of exactly that: D99 is never defined"),
            // The two files below start with a lone `%` line before M48: read as Excellon since that no longer hides
            // them (before, they were taken for text).
            "test_syntax_error.exc": (
                ["EXCELLON_UNDEFINED_TOOL", "EXCELLON_ZERO_MODE_UNKNOWN"],
                "a test of exactly that: T99 is never defined; M72 without LZ/TZ and shortened integers"
            ),
            "ncdrill.DRD": (["EXCELLON_ZERO_MODE_UNKNOWN"], "M72 (inch) without LZ/TZ, and shortened integers"),
        ],
        "gerbv": [
            "example/Mentor-BoardStation/README.txt": (
                ["GERBER_INVALID_COMMAND", "GERBER_MISSING_M02", "GERBER_UNTERMINATED_BLOCK"],
                "a README that quotes Gerber text, sniffed as Gerber"
            ),
            "example/uwe/mail.txt": (["GERBER_INVALID_COMMAND"], "an e-mail that quotes Gerber text"),
            "example/amacro-ref/full-ex.grb": (["GERBER_MISSING_UNIT"], "a macro example without %MO"),
            "example/amacro-ref/limit-ex.grb": (["GERBER_MISSING_UNIT"], "a macro example without %MO"),
            "example/nollezappare/ThruHolePlated.ncd": (
                ["EXCELLON_ZERO_MODE_UNKNOWN"], "METRIC without LZ/TZ, shortened integers"
            ),
            "example/orcad/thruhole.tap": (["EXCELLON_UNKNOWN_UNITS"], "no units anywhere in the file"),
            "example/polarity/6_vbat.gbr": (["GERBER_UNTERMINATED_BLOCK"], "an extended command lacks its '*'"),
            "test-inputs/parse_aperture_strtok.1.poc": (["GERBER_UNDEFINED_APERTURE"], "a crash test case for gerbv"),
            "test-inputs/test-drill-trailing-zero-suppression.exc": (
                ["EXCELLON_ZERO_MODE_UNKNOWN"], "no LZ/TZ: the test's point"
            ),
        ].merging(
            [
                "d1", "gnd", "l0", "l1", "l2", "l3", "l4", "l5", "pow", "pow3", "resplan", "sieb0", "sieb1", "stp0",
                "stp1",
            ].map {
                (
                    "example/ekf2/\($0).grb",
                    (
                        ["GERBER_APERTURE_REDEFINED", "GERBER_MISSING_UNIT"] as Set,
                        "RS-274D-era export: unit and format were external, apertures redefined"
                    )
                )
            }, uniquingKeysWith: { first, _ in first }),
        "tracespace": [
            "boards/8bit-mixtape/mixtape.txt": (
                ["EXCELLON_ZERO_MODE_UNKNOWN"],
                "starts with a lone %, then M72 without LZ/TZ and shortened integers: only the board can settle the zeros"
            )
        ],
        "pygerber": [
            "gerberx3/incomplete/autocomplete_g.grb": (
                ["GERBER_MISSING_M02", "GERBER_UNTERMINATED_BLOCK"], "deliberately incomplete"
            ),
            "gerberx3/incomplete/source.grb": (
                ["GERBER_MISSING_M02", "GERBER_UNTERMINATED_BLOCK"], "deliberately incomplete"
            ),
            "gerberx3/tokens/aperture/ad/circle.grb": (
                ["GERBER_APERTURE_REDEFINED", "GERBER_MISSING_M02"], "a token fragment"
            ),
            "gerberx3/tokens/aperture/ad/macro.grb": (
                ["GERBER_APERTURE_REDEFINED", "GERBER_MISSING_M02", "GERBER_UNDEFINED_MACRO"],
                "a token fragment using an undefined macro"
            ),
            "gerberx3/tokens/aperture/ad/obround.grb": (
                ["GERBER_APERTURE_REDEFINED", "GERBER_MISSING_M02"], "a token fragment"
            ),
            "gerberx3/tokens/aperture/ad/polygon.grb": (
                ["GERBER_APERTURE_REDEFINED", "GERBER_MISSING_M02"], "a token fragment"
            ),
            "gerberx3/tokens/properties/FSLAX34Y43.grb": (
                ["GERBER_INVALID_FS", "GERBER_MISSING_M02"], "X and Y formats differ"
            ),
            "gerberx3/ucamco/4.10.4.7/source.grb": (["GERBER_MISSING_UNIT"], "a specification excerpt without %MO"),
        ].merging(
            [
                "expressions/AM/sample-0.gbr", "expressions/AM/sample-0b.gbr", "expressions/AM/sample-1.gbr",
                "expressions/AM/sample-2.gbr", "tokens/aperture/ad/rectangle.grb",
                "tokens/aperture/macro/instantiate.grb",
                "tokens/properties/FSAX44Y44.grb", "tokens/properties/FSLAX26Y26.grb",
                "tokens/properties/FSLAX66Y66.grb",
                "tokens/properties/FSLIX26Y26.grb", "tokens/properties/FSTIX26Y27.grb", "tokens/properties/mo.grb",
            ].map {
                ("gerberx3/\($0)", (["GERBER_MISSING_M02"] as Set, "a token fragment without M02"))
            }, uniquingKeysWith: { first, _ in first }),
    ]

    @Test(
        "only the listed files give errors, and exactly the listed ones",
        arguments: ["gerbonara", "gerbv", "tracespace", "pygerber"])
    func conformance(suite: String) throws {
        let inspections = try FileInspector.inspect([Paths.corpus + "/gerber/" + suite])
        var errors: [String: Set<String>] = [:]
        var read = 0
        for inspection in inspections where inspection.file.format == .gerber || inspection.file.format == .excellon {
            read += 1
            let rules = Set(inspection.findings.filter { $0.severity == .error }.map(\.ruleID))
            if !rules.isEmpty { errors[inspection.file.path] = rules }
        }
        #expect(read > 100, "\(suite): only \(read) files read")
        let expected = (Self.expected[suite] ?? [:]).mapValues(\.rules)
        for (path, rules) in errors where expected[path] != rules {
            Issue.record(
                "\(suite)/\(path): unexpected errors \(rules.sorted()), expected \(expected[path]?.sorted() ?? [])")
        }
        for path in expected.keys where errors[path] == nil {
            Issue.record("\(suite)/\(path): expected \(expected[path]!.sorted()), got none")
        }
    }
}
