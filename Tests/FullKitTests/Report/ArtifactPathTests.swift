import FullKit
import Testing

/// Where a file of the pack lies on disk, for SARIF artifacts and GitHub annotations.
@Suite("Artifact paths")
struct ArtifactPathTests {
    private func report(inputs: [String], files: [String] = []) -> CheckReport {
        var report = FixturePack(miniBoard: false).report()
        report.inputs = inputs
        report.files = files.map { path in
            CheckReport.File(
                path: path, container: nil, nested: false, modified: nil, size: 0, role: .unknown, format: .text,
                side: nil, copperLayer: nil, plated: nil, evidence: .init(kind: .fileName, detail: ""), conflicts: [],
                details: nil)
        }
        return report
    }

    @Test("an archive input: its members; a loose file input: itself; nil: the first input")
    func archiveAndLoose() {
        let report = report(inputs: ["in/job.zip", "in/bom.csv"], files: ["job.zip/top.gbr", "bom.csv"])
        #expect(report.artifact(for: "job.zip/top.gbr") == ArtifactPath(path: "in/job.zip", member: "top.gbr"))
        #expect(
            report.artifact(for: "job.zip/inner.zip/a.gbr")
                == ArtifactPath(path: "in/job.zip", member: "inner.zip/a.gbr"))
        #expect(report.artifact(for: "bom.csv") == ArtifactPath(path: "in/bom.csv"))
        #expect(report.artifact(for: nil) == ArtifactPath(path: "in/job.zip"))
    }

    @Test("a folder input: a file under it, and an archive inside it with its member")
    func folder() {
        let report = report(inputs: ["work/pack/"], files: ["gerbers/top.gbr", "asm/parts.zip/bom.csv"])
        #expect(report.artifact(for: "gerbers/top.gbr") == ArtifactPath(path: "work/pack/gerbers/top.gbr"))
        #expect(
            report.artifact(for: "asm/parts.zip/bom.csv")
                == ArtifactPath(path: "work/pack/asm/parts.zip", member: "bom.csv"))
    }
}
