import Foundation
import FullKit
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `--format junit`: a test suite per pack, a test case per rule; a rule with errors fails.
@Suite("JUnit renderer")
struct JUnitReportRendererTests {
    /// The element names, the failures' messages and the text of the document, as an XML parser reads them.
    private final class Reader: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var failureMessages: [String] = []
        var testCases = 0
        var text = ""

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements.append(name)
            if name == "testcase" { testCases += 1 }
            if name == "failure" { failureMessages.append(attributes["message"] ?? "") }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }
    }

    private func read(_ xml: String) throws -> Reader {
        let parser = XMLParser(data: Data(xml.utf8))
        let reader = Reader()
        parser.delegate = reader
        #expect(parser.parse(), "not well-formed XML: \(String(describing: parser.parserError))")
        return reader
    }

    @Test("well-formed with hostile text: no element from the pack, a test case per rule, the error rule fails")
    func hostile() throws {
        let xml = JUnitReportRenderer(rules: RuleCatalog.allRules).render(HostileReport.results)
        let reader = try read(xml)
        #expect(!reader.elements.contains("script"))
        #expect(reader.testCases == RuleCatalog.allRules.count)
        #expect(reader.failureMessages.count == 1)
        #expect(reader.failureMessages.first?.contains("<script>alert(\"x\")</script>") == true)
        #expect(!xml.contains("\u{1B}"))
        #expect(reader.text.contains("warning: the pack as a whole: pack-wide"))
        #expect(xml.contains("failures=\"1\""))
    }

    @Test("a pack that could not be checked is a suite with one test case in error")
    func unchecked() throws {
        let xml = JUnitReportRenderer(rules: RuleCatalog.allRules).render([
            PackResult(path: "bad & <worse>.zip", outcome: .unchecked(reason: "the check crashed (signal 11)"))
        ])
        let reader = try read(xml)
        #expect(reader.elements.filter { $0 == "error" }.count == 1)
        #expect(xml.contains("errors=\"1\""))
    }
}
