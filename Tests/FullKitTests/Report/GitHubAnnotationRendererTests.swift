import FullKit
import Testing

@testable import FullKitReport

/// `--format github`: workflow commands whose pack text cannot end a command or start another.
@Suite("GitHub annotation renderer")
struct GitHubAnnotationRendererTests {
    @Test("one command per finding and a verdict notice; CR, LF and % escaped; the member named in the message")
    func hostile() {
        let lines = GitHubAnnotationRenderer.render(HostileReport.results).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(
            lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
        #expect(
            lines[0].hasPrefix("::error file=uploads/job <1>.zip,title=XY_OFF_PADS::[board,x:y<script>.gbr:3:7] C1"))
        #expect(lines[0].contains("%0D%0A::error::forged"))
        #expect(!lines.joined().contains("\u{1B}"))
        #expect(lines[1].hasPrefix("::warning file=uploads/job <1>.zip,title=XY_UNIT_INFERRED::pack-wide"))
        #expect(lines[3].hasPrefix("::notice title=FullKit FAIL::uploads/job <1>.zip: rejected"))
    }

    @Test("a property's `:` and `,` are escaped even when a combining mark makes them one character with the next")
    func properties() {
        #expect(GitHubAnnotationRenderer.property("a:\u{301}b,c\r\n") == "a%3A\u{301}b%2Cc%0D%0A")
    }

    @Test("a loose file's finding carries line and column")
    func lineAndColumn() {
        var report = HostileReport.make()
        report.inputs = ["bom.csv"]
        report.files = []
        report.findings = [
            Finding(
                RuleCatalog.rule(id: "BOM_DUPLICATE_DESIGNATOR")!, "R1 twice", file: "bom.csv",
                location: SourceLocation(line: 12, column: 4))
        ]
        let text = GitHubAnnotationRenderer.render([PackResult(path: "bom.csv", outcome: .checked(report))])
        #expect(text.hasPrefix("::error file=bom.csv,line=12,col=4,title=BOM_DUPLICATE_DESIGNATOR::R1 twice%0Afix: "))
    }
}
