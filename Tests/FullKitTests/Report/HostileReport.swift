import FullKit

/// A report whose every string from the pack is hostile: markup, quotes, control characters, a forged line, pipes and
/// link syntax in a file name, a designator, a message and an X2-like attribute. Each renderer must keep them inert.
enum HostileReport {
    /// The pack text used throughout.
    static let text =
        "C1 <script>alert(\"x\")</script> 'q' & | * _ [a](http://evil.example) \u{1B}[31m\r\n::error::forged"
    /// The archive input, with a space and markup in its name.
    static let input = "uploads/job <1>.zip"
    /// An archive member with the characters workflow-command properties must escape.
    static let member = "job <1>.zip/board,x:y<script>.gbr"

    /// The mini board's report with the hostile input, member and findings: an error at 3:7 in the member, a warning
    /// about the pack as a whole, an info.
    static func make() -> CheckReport {
        var report = FixturePack().report()
        report.inputs = [input]
        report.files = [
            CheckReport.File(
                path: member, container: "job <1>.zip", nested: false, modified: nil, size: 10, role: .copper,
                format: .gerber, side: .top, copperLayer: 1, plated: nil,
                evidence: .init(kind: .fileFunction, detail: "%TF.FileFunction,\(text)"), conflicts: [], details: nil)
        ]
        report.findings = [
            Finding(
                RuleCatalog.rule(id: "XY_OFF_PADS")!, text, fix: "fix \(text)", file: member,
                location: SourceLocation(line: 3, column: 7), designators: ["C1\"<"],
                related: [RelatedLocation(file: member, location: SourceLocation(line: 9, column: 1), note: text)]),
            Finding(RuleCatalog.rule(id: "XY_UNIT_INFERRED")!, "pack-wide \(text)"),
            Finding(RuleCatalog.rule(id: "BOM_DNP_NOT_PLACED")!, "info \(text)", file: member),
        ]
        report.verdict = .fail
        report.counts = CheckReport.Counts(findings: report.findings, files: report.files.count)
        return report
    }

    /// The report as the one result of a check.
    static var results: [PackResult] { [PackResult(path: input, outcome: .checked(make()))] }
}
